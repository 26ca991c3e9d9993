// Runs the layouts on the canvas's Cytoscape instance and reports where nodes ended up. A full run
// (first view, or the user asked to re-layout) places every visible node that is not pinned; an
// incremental run places only nodes without a position, in free space around their neighbours with
// everything else fixed (placement.ts), so manual drags survive. Every run is deterministic.
import cytoscape, { type Core, type LayoutOptions, type NodeCollection, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Position } from '../state/graphSlice';
import type { LayoutName } from '../state/viewSlice';
import { placeNewNodes, type PlacedNode } from './placement';
import { estimatedNodeBox, FORCE_LAYOUT, NODE_DRAWING } from '../../../shared/layout/forceLayout';
import { seedOf, withSeededRandom } from '../../../shared/layout/seededRandom';

cytoscape.use(fcose);

let dagreReady: Promise<void> | null = null;

/** cytoscape-dagre is loaded the first time a hierarchical layout is asked for, not at start-up. */
export function loadHierarchical(): Promise<void> {
  dagreReady ??= import('cytoscape-dagre').then((module) => {
    cytoscape.use(module.default);
  });
  return dagreReady;
}

/** Above this many visible nodes a full force layout uses fcose's fast draft quality. */
export const LARGE_VIEW = 800;

/**
 * Above this many new nodes (showing everything next to a few nodes, a wide lens), free spots on
 * rings alone make a crowded picture: fcose then settles the newcomers, starting from those spots,
 * with the nodes already placed held fixed.
 */
export const LARGE_ADDITION = 80;

/** In the browser labels can be measured, so fcose sizes nodes with them. */
const FORCE = { ...FORCE_LAYOUT, nodeDimensionsIncludeLabels: true };

/** Breadth-first distance from the focus, for the concentric ego view (unreached nodes go outside). */
function ringsAround(nodes: NodeCollection, focusId: string | null): Map<string, number> {
  const rings = new Map<string, number>();
  const start = focusId === null ? null : nodes.getElementById(focusId);
  const first =
    start === null || start.empty()
      ? (nodes.sort((a, b) => b.degree(false) - a.degree(false)).first() as NodeSingular)
      : start;
  if (first.empty()) return rings;
  let frontier: NodeCollection = first;
  rings.set(first.id(), 0);
  for (let depth = 1; frontier.nonempty(); depth += 1) {
    const next = frontier
      .neighborhood()
      .nodes()
      .intersection(nodes)
      .filter((n) => !rings.has(n.id()));
    next.forEach((n) => {
      rings.set(n.id(), depth);
    });
    frontier = next;
  }
  return rings;
}

function fullOptions(name: LayoutName, nodes: NodeCollection, focusId: string | null): LayoutOptions {
  if (name === 'hierarchical')
    return { name: 'dagre', animate: false, fit: false, rankDir: 'TB', nodeSep: 24, rankSep: 80 } as LayoutOptions;
  if (name === 'concentric') {
    const rings = ringsAround(nodes, focusId);
    const outer = Math.max(0, ...rings.values()) + 1;
    return {
      name: 'concentric',
      animate: false,
      fit: false,
      minNodeSpacing: 24,
      concentric: (n) => outer - (rings.get(n.id()) ?? outer),
      levelWidth: () => 1,
    };
  }
  // fcose's refinement is what makes a picture readable, but on very large views it takes many
  // seconds; past LARGE_VIEW nodes the spectral draft is used and the user can re-layout parts.
  const quality = nodes.length > LARGE_VIEW ? 'draft' : 'default';
  return { ...FORCE, quality, randomize: true } as unknown as LayoutOptions;
}

/** fcose over the new nodes and the placed nodes they touch, those held where they are. */
function settleAmongFixed(
  missing: NodeCollection,
  visible: NodeCollection,
  placed: ReadonlyMap<string, PlacedNode>,
): void {
  const local = missing.union(missing.neighborhood().nodes().intersection(visible));
  const fixed = local.filter((n) => placed.has(n.id()));
  const options = {
    ...FORCE,
    randomize: false,
    fixedNodeConstraint: fixed.map((n) => ({ nodeId: n.id(), position: placed.get(n.id())?.position })),
  };
  const localEles = local.union(local.edgesWith(local).filter((e) => !e.hasClass('hidden')));
  withSeededRandom(seedOf(visible.map((n) => n.id())), () =>
    localEles.layout(options as unknown as LayoutOptions).run(),
  );
}

export interface LayoutRequest {
  readonly layout: LayoutName;
  /** Positions the store holds; visible nodes without one are to be placed. */
  readonly positions: ReadonlyMap<string, Position>;
  readonly pinned: ReadonlySet<string>;
  /** Centre of the concentric view: the selected node, or the scope's anchor. */
  readonly focusId: string | null;
}

/** Places what needs placing; returns the new positions (empty when nothing needed it) and whether it was a full run. */
export async function runLayout(
  cy: Core,
  request: LayoutRequest,
): Promise<{ placed: Map<string, Position>; full: boolean }> {
  const visible: NodeCollection = cy.nodes().filter((n) => !n.hasClass('hidden'));
  const missing: NodeCollection = visible.filter((n) => !request.positions.has(n.id()));
  if (missing.empty()) return { placed: new Map(), full: false };
  const free: NodeCollection = visible.filter((n) => !request.pinned.has(n.id()));
  const full = missing.length >= free.length;
  if (full && request.layout === 'hierarchical') await loadHierarchical();
  const eles = visible.union(visible.edgesWith(visible).not('.hidden'));
  if (full) {
    // Same start every time: positions and viewport reset, then a seeded, synchronous run.
    free.positions({ x: 0, y: 0 });
    cy.zoom(1);
    cy.pan({ x: 0, y: 0 });
    const options = fullOptions(request.layout, visible, request.focusId);
    withSeededRandom(seedOf(visible.map((n) => n.id())), () => eles.layout(options).run());
  } else {
    // An expansion: the new nodes take free spots around what they are related to, with no force
    // simulation (it cost tens of milliseconds per expansion and still let labels overlap). Boxes are
    // estimated from the label, so placing them needs no style pass of its own.
    const sizeOf = (n: NodeSingular): PlacedNode['size'] => {
      const box = estimatedNodeBox(String(n.data('label') ?? ''));
      // A metric overlay may draw the shape larger than usual (data `size`).
      const larger = Math.max(0, Number(n.data('size') ?? 0) - NODE_DRAWING.size);
      return { width: Math.max(box.width, NODE_DRAWING.size + larger), height: box.height + larger };
    };
    const placed = new Map<string, PlacedNode>();
    visible.forEach((n) => {
      const p = request.positions.get(n.id());
      if (p !== undefined) placed.set(n.id(), { position: p, size: sizeOf(n) });
    });
    const links = eles.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
    const spots = placeNewNodes(
      missing.map((n) => ({ id: n.id(), size: sizeOf(n) })),
      links,
      placed,
    );
    missing.forEach((n) => {
      n.position(spots.get(n.id()) ?? { x: 0, y: 0 });
    });
    if (missing.length > LARGE_ADDITION) settleAmongFixed(missing, visible, placed);
  }
  const moved = full ? free : missing;
  return { placed: new Map(moved.map((n) => [n.id(), { ...n.position() }] as const)), full };
}
