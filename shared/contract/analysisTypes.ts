// Result types of the analysis methods (paths, pattern queries, the matrix). Plain data, JSON-safe.
import type { EdgeDetail, EdgeSummary, NodeSummary } from './types';

/** One step of a path: from → to over every relation between the two (either direction). */
export interface PathHop {
  readonly from: string;
  readonly to: string;
  /** Parallel relations between the two nodes, those in force first; each with its citations. */
  readonly edges: readonly EdgeDetail[];
}

export interface FoundPath {
  /** Node ids from the start to the end. */
  readonly nodes: readonly string[];
  readonly hops: readonly PathHop[];
}

export interface PathsResult {
  readonly from: NodeSummary;
  readonly to: NodeSummary;
  /** Shortest first; simple paths (no node twice), at most the requested number. */
  readonly paths: readonly FoundPath[];
  /** Every node on any of the paths, for drawing them. */
  readonly nodes: readonly NodeSummary[];
  /** The search stopped at its cap on loaded relations: longer or further paths may exist. */
  readonly truncated: boolean;
  /** How many relations the search loaded from the store (a measure of its cost). */
  readonly exploredEdges: number;
}

export interface PatternRow {
  readonly subject: NodeSummary;
  readonly object: NodeSummary;
  readonly edge: EdgeDetail;
  /** True when the letter states it subject → object, false when it states it object → subject. */
  readonly forward: boolean;
}

export interface PatternResult {
  readonly rows: readonly PatternRow[];
  /** More relations match than the limit returned. */
  readonly truncated: boolean;
}

export interface MatrixResult {
  readonly rows: readonly NodeSummary[];
  readonly columns: readonly NodeSummary[];
  /** Relations between a row node and a column node, in either direction. */
  readonly edges: readonly EdgeSummary[];
  readonly truncated: boolean;
}
