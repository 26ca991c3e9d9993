// Maps the store's visible graph to Cytoscape element definitions. Pure; unit-tested.
import type { ElementDefinition } from 'cytoscape';
import type { EdgeSummary, Language, NodeSummary } from '../../../shared/contract';
import { RELATION_KIND_INFO } from '../../../shared/ontology';

/** What the analysis features lay over the ontology's style: metric sizes and colours, and highlights. */
export interface ElementOverlay {
  /** Per-node diameter and colour from a metric (see analysis/metricMapping.ts). */
  readonly nodeStyles?: ReadonlyMap<string, { readonly size?: number; readonly colour?: string }>;
  /** Nodes and relations to mark: a found path, a pattern's results, a matrix cell. */
  readonly highlightNodes?: ReadonlySet<string>;
  readonly highlightEdges?: ReadonlySet<string>;
}

/** Data keys the overlay may set; the canvas clears them before applying new data. */
export const OVERLAY_DATA_KEYS = 'size colour';

export function toElements(
  nodes: ReadonlyMap<string, NodeSummary>,
  edges: ReadonlyMap<string, EdgeSummary>,
  language: Language,
  overlay: ElementOverlay = {},
): ElementDefinition[] {
  const nodeElements = [...nodes.values()].map((n) => {
    const style = overlay.nodeStyles?.get(n.id);
    return {
      group: 'nodes' as const,
      data: {
        id: n.id,
        label: n.label[language],
        kind: n.kind,
        status: n.status ?? '',
        ...(style?.size === undefined ? {} : { size: style.size }),
        ...(style?.colour === undefined ? {} : { colour: style.colour }),
      },
      classes: overlay.highlightNodes?.has(n.id) === true ? 'highlighted' : '',
    };
  });
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
      classes: overlay.highlightEdges?.has(e.id) === true ? 'highlighted' : '',
    }));
  return [...nodeElements, ...edgeElements];
}
