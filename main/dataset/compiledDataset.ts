// The dataset after validation and quote matching: what the bundle writer stores.
import type { EdgeDetail, NodeDetail, SourceMeta } from '../../shared/contract';

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
}
