// Maps the store's loaded graph to Cytoscape element definitions: data for the style, classes for
// what is hidden, pinned, highlighted or labelled, and the stored position. Pure; unit-tested.
import type { ElementDefinition } from 'cytoscape';
import type { EdgeSummary, Language, NodeSummary } from '../../../shared/contract';
import { holdingIn, relationHoldingIn } from '../../../shared/filters/asOf';
import { RELATION_KIND_INFO } from '../../../shared/ontology';
import { displayLabel } from '../../../shared/text/displayLabel';
import type { Position } from '../state/graphSlice';

/** What the analysis features lay over the ontology's style: metric sizes and colours, and highlights. */
export interface ElementOverlay {
  /** Per-node diameter and colour from a metric (see analysis/metricMapping.ts). */
  readonly nodeStyles?: ReadonlyMap<string, { readonly size?: number; readonly colour?: string }>;
  /** Nodes and relations to mark: a found path, a pattern's results, a matrix cell. */
  readonly highlightNodes?: ReadonlySet<string>;
  readonly highlightEdges?: ReadonlySet<string>;
  /** What changed since a compared snapshot (export/formats/graphDiff.ts): added, removed or changed. */
  readonly changedNodes?: ReadonlyMap<string, string>;
  readonly changedEdges?: ReadonlyMap<string, string>;
  /** What an opened snapshot claims that the dataset does not back: 'absent' or 'differs' (export/formats/verification.ts). */
  readonly unverifiedNodes?: ReadonlyMap<string, string>;
  readonly unverifiedEdges?: ReadonlyMap<string, string>;
}

/** What the view says about each element: shown or not, pinned, labelled, where it stands. */
export interface ElementView {
  /** Absent: everything is visible. */
  readonly visibleNodes?: ReadonlySet<string>;
  readonly visibleEdges?: ReadonlySet<string>;
  readonly pinned?: ReadonlySet<string>;
  readonly edgeLabels?: boolean;
  readonly positions?: ReadonlyMap<string, Position>;
  /** The applied "as of" year: elements the dataset cannot date that year get the `undated` class. */
  readonly asOfYear?: number;
}

/** Data keys the overlay may set; the canvas clears them before applying new data. */
export const OVERLAY_DATA_KEYS = 'size colour';

const classes = (flags: Record<string, boolean>): string =>
  Object.entries(flags)
    .filter(([, on]) => on)
    .map(([name]) => name)
    .join(' ');

/**
 * Relations that must be drawn curved to be seen: those sharing both ends with another (either way
 * round) and loops. The rest are drawn straight, which Cytoscape computes far faster than curves.
 */
function curvedEdges(edges: readonly EdgeSummary[]): Set<string> {
  const pairKey = (e: EdgeSummary): string =>
    e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
  const perPair = new Map<string, number>();
  for (const e of edges) perPair.set(pairKey(e), (perPair.get(pairKey(e)) ?? 0) + 1);
  return new Set(edges.filter((e) => e.source === e.target || (perPair.get(pairKey(e)) ?? 0) > 1).map((e) => e.id));
}

/** A drawn relation (both ends loaded) that the dataset cannot date in `year`, by its own dates or its ends'. */
function edgeUndated(e: EdgeSummary, nodes: ReadonlyMap<string, NodeSummary>, year: number): boolean {
  const source = nodes.get(e.source);
  const target = nodes.get(e.target);
  return source !== undefined && target !== undefined && relationHoldingIn(e, source, target, year) === 'undated';
}

export function toElements(
  nodes: ReadonlyMap<string, NodeSummary>,
  edges: ReadonlyMap<string, EdgeSummary>,
  language: Language,
  overlay: ElementOverlay = {},
  view: ElementView = {},
): ElementDefinition[] {
  const year = view.asOfYear;
  const nodeElements = [...nodes.values()].map((n): ElementDefinition => {
    const style = overlay.nodeStyles?.get(n.id);
    const position = view.positions?.get(n.id);
    return {
      group: 'nodes',
      data: {
        id: n.id,
        // Shortened, one line and bidi isolated: the detail panel shows the whole text.
        label: displayLabel(n.label[language]),
        kind: n.kind,
        status: n.status ?? '',
        provenance: n.provenance,
        ...(style?.size === undefined ? {} : { size: style.size }),
        ...(style?.colour === undefined ? {} : { colour: style.colour }),
      },
      ...(position === undefined ? {} : { position: { x: position.x, y: position.y } }),
      classes: classes({
        hidden: view.visibleNodes !== undefined && !view.visibleNodes.has(n.id),
        pinned: view.pinned?.has(n.id) === true,
        editorial: n.provenance === 'editorial',
        user: n.provenance === 'user',
        undated: year !== undefined && holdingIn(n, year) === 'undated',
        highlighted: overlay.highlightNodes?.has(n.id) === true,
        [`change-${overlay.changedNodes?.get(n.id) ?? 'none'}`]: overlay.changedNodes?.has(n.id) === true,
        [`unverified-${overlay.unverifiedNodes?.get(n.id) ?? 'none'}`]: overlay.unverifiedNodes?.has(n.id) === true,
      }),
    };
  });
  const drawn = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  const curved = curvedEdges(drawn);
  const edgeElements = drawn.map((e): ElementDefinition => ({
    group: 'edges',
    data: {
      id: `edge:${e.id}`,
      edgeId: e.id,
      source: e.source,
      target: e.target,
      kind: e.kind,
      status: e.status,
      provenance: e.provenance,
      label: RELATION_KIND_INFO[e.kind].label[language],
    },
    classes: classes({
      hidden: view.visibleEdges !== undefined && !view.visibleEdges.has(e.id),
      labelled: view.edgeLabels === true,
      curved: curved.has(e.id),
      editorial: e.provenance === 'editorial',
      user: e.provenance === 'user',
      undated: year !== undefined && edgeUndated(e, nodes, year),
      highlighted: overlay.highlightEdges?.has(e.id) === true,
      [`change-${overlay.changedEdges?.get(e.id) ?? 'none'}`]: overlay.changedEdges?.has(e.id) === true,
      [`unverified-${overlay.unverifiedEdges?.get(e.id) ?? 'none'}`]: overlay.unverifiedEdges?.has(e.id) === true,
    }),
  }));
  return [...nodeElements, ...edgeElements];
}
