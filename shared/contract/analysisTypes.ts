// Result types of the analysis methods (paths, pattern queries, the matrix). Plain data, JSON-safe.
import type { RelationKind } from '../ontology';
import type { EdgeDetail, EdgeSummary, NodeSummary } from './types';

/** One step of a path: from → to over every relation between the two (either direction). */
export interface PathHop {
  readonly from: string;
  readonly to: string;
  /**
   * Parallel relations between the two nodes, substantive ones first, then those in force first. Each
   * relation's citations come best first: the quote that names both ends of the hop (by label or
   * alias) before one that names one end, before one that names neither.
   */
  readonly edges: readonly EdgeDetail[];
}

/** Why a path was chosen, as data: the renderer words it. */
export interface PathReason {
  readonly hops: number;
  /** Hops whose every relation is generic (refers to, explores, …: see the ontology's `generic`). */
  readonly genericHops: number;
  /** The generic relation kinds those hops pass, in path order, each once. */
  readonly genericKinds: readonly RelationKind[];
  /** No path found is shorter than this one. */
  readonly shortest: boolean;
  /** A path of the same length with fewer generic hops was found, and ranked before this one. */
  readonly afterSubstantive: boolean;
}

export interface FoundPath {
  /** Node ids from the start to the end. */
  readonly nodes: readonly string[];
  readonly hops: readonly PathHop[];
  readonly reason: PathReason;
}

export interface PathsResult {
  readonly from: NodeSummary;
  readonly to: NodeSummary;
  /**
   * Shortest first and, among paths of one length, those with fewer generic hops first; simple paths
   * (no node twice), at most the requested number.
   */
  readonly paths: readonly FoundPath[];
  /** Every node on any of the paths, for drawing them. */
  readonly nodes: readonly NodeSummary[];
  /** The search stopped at its cap on loaded relations: longer or further paths may exist. */
  readonly truncated: boolean;
  /** How many relations the search loaded from the store (a measure of its cost). */
  readonly exploredEdges: number;
  /**
   * The ends that do not hold in the filters' "as of" year (the shared as-of rule): then no path is
   * sought, since a path cannot start or end at something that was not there. Usually empty.
   */
  readonly endsNotInYear: readonly ('from' | 'to')[];
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
