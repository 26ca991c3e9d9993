// The dataset after validation and quote matching: what the bundle writer stores.
import type { EdgeDetail, NodeDetail, Position, SourceMeta } from '../../shared/contract';

/** A node as curated: everything the contract's NodeDetail holds except its degree, which the bundle computes. */
export type CompiledNode = Omit<NodeDetail, 'degree'>;

export type CompiledEdge = EdgeDetail;

export interface CompiledSource {
  readonly meta: SourceMeta;
  readonly text: string;
}

export interface CompiledMention {
  readonly sourceId: string;
  readonly nodeId: string;
  readonly start: number;
  readonly end: number;
}

export interface CompiledDataset {
  /** Content hash of the inputs: the same input always gives the same version. */
  readonly version: string;
  readonly sources: readonly CompiledSource[];
  readonly nodes: readonly CompiledNode[];
  readonly edges: readonly CompiledEdge[];
  readonly mentions: readonly CompiledMention[];
  /** Where the whole graph's overview layout puts each node; absent, the canvas lays the graph out itself. */
  readonly overview?: ReadonlyMap<string, Position>;
}
