// Maps the store's visible graph to Cytoscape element definitions. Pure; unit-tested.
import type { ElementDefinition } from 'cytoscape';
import type { EdgeSummary, Language, NodeSummary } from '../../../shared/contract';
import { RELATION_KIND_INFO } from '../../../shared/ontology';

export function toElements(
  nodes: ReadonlyMap<string, NodeSummary>,
  edges: ReadonlyMap<string, EdgeSummary>,
  language: Language,
): ElementDefinition[] {
  const nodeElements = [...nodes.values()].map((n) => ({
    group: 'nodes' as const,
    data: { id: n.id, label: n.label[language], kind: n.kind, status: n.status ?? '' },
  }));
  const edgeElements = [...edges.values()]
    .filter((e) => nodes.has(e.source) && nodes.has(e.target))
    .map((e) => ({
      group: 'edges' as const,
      data: {
        id: `edge:${e.id}`,
        edgeId: e.id,
        source: e.source,
        target: e.target,
        kind: e.kind,
        status: e.status,
        label: RELATION_KIND_INFO[e.kind].label[language],
      },
    }));
  return [...nodeElements, ...edgeElements];
}
