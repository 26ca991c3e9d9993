// The dataset after validation and quote matching: what the bundle writer stores.
import type { AttributeValue, Citation, DateMap, Localized, SourceMeta } from '../../shared/contract';
import type { NodeKind, RelationKind, Status } from '../../shared/ontology';

export interface CompiledNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly label: Localized;
  readonly description: Localized;
  readonly aliases: readonly string[];
  readonly status: Status | null;
  readonly dates: DateMap;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly citations: readonly Citation[];
}

export interface CompiledEdge {
  readonly id: string;
  readonly kind: RelationKind;
  readonly source: string;
  readonly target: string;
  readonly status: Status;
  readonly dates: DateMap;
  readonly note: Localized | null;
  readonly citations: readonly Citation[];
}

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
