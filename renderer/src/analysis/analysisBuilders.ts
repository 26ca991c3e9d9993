// Test builders for the analysis modules: nodes, relations and results with sensible defaults.
import type { Citation, EdgeDetail, EdgeSummary, NodeSummary, PathReason } from '../../../shared/contract';
import type { NodeKind, RelationKind, Status } from '../../../shared/ontology';

export function aNode(id: string, kind: NodeKind, nl: string, en = nl): NodeSummary {
  return { id, kind, label: { nl, en }, status: null, dates: {}, provenance: 'stated', degree: 1 };
}

export function anEdge(
  source: string,
  kind: RelationKind,
  target: string,
  extra: { status?: Status; dates?: EdgeSummary['dates']; quote?: string; sourceId?: string } = {},
): EdgeDetail {
  const citations: Citation[] =
    extra.quote === undefined
      ? []
      : [{ sourceId: extra.sourceId ?? 'kamerbrief-visie-ips', quote: extra.quote, start: 10, end: 20 }];
  return {
    id: `${source}-${kind}-${target}`,
    kind,
    source,
    target,
    status: extra.status ?? 'in-force',
    dates: extra.dates ?? {},
    provenance: 'stated',
    note: null,
    citations,
  };
}

/** Why a path was chosen: by default a shortest one through substantive relations only. */
export function aReason(hops: number, extra: Partial<Omit<PathReason, 'hops'>> = {}): PathReason {
  return { hops, genericHops: 0, genericKinds: [], shortest: true, afterSubstantive: false, ...extra };
}
