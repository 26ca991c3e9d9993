// Where the canvas looks after its content changed: at the highlighted path or result set when there
// is one (fitted to those nodes alone, so their labels can be read), otherwise at everything visible.
// One rule for both moments that move the view — a new highlight, and a layout that placed new nodes —
// so whichever comes last cannot undo the other. Every fit counts each label's width and keeps nodes
// and labels out from under the legend card (fitAround.ts); the view it made is remembered, so that a
// canvas resized or a card folded while the user has not moved the view is fitted again (isFitted).
import type { Core, NodeCollection } from 'cytoscape';
import { fitAround, type Viewport } from '../../canvas/fitAround';
import type { Box } from '../../canvas/keyLabelPlacement';
import { atlasStore } from '../../state/store';
import { CARD_COVERS, canvasObstacles, obstacleElements } from './canvasObstacles';

/** A handful of nodes should not fill the screen at giant size. */
const MAX_FIT_ZOOM = 1.4;
/** A highlighted path may come a little closer: a two-node path would otherwise fill the screen. */
const MAX_HIGHLIGHT_ZOOM = 1.6;
const PADDING = 40;
const HIGHLIGHT_PADDING = 48;
const FITTED = 'atlasFitted';
/** The share of the highlight's zoom at which the whole network is shown rather than the highlight alone. */
const WHOLE_SHARE = 0.85;
/** …or at which the whole network is shown anyway: shapes are still told apart, labels kept readable. */
const WHOLE_ZOOM = 0.6;

const box = (b: { x1: number; y1: number; x2: number; y2: number }): Box => ({
  x1: b.x1,
  y1: b.y1,
  x2: b.x2,
  y2: b.y2,
});

/** The view that fits `nodes` (their labels counted, their edges kept on the canvas) around the cards. */
function viewportFor(cy: Core, nodes: NodeCollection, padding: number, maxZoom: number): Viewport | null {
  return fitAround({
    boxes: nodes.map((n) => box(n.boundingBox({ includeLabels: true, includeOverlays: false }))),
    extra: nodes
      .edgesWith(nodes)
      .not('.hidden')
      .map((e) => box(e.boundingBox({ includeLabels: false, includeOverlays: false }))),
    width: cy.width(),
    height: cy.height(),
    padding,
    maxZoom: Math.min(maxZoom, cy.maxZoom()),
    obstacles: canvasObstacles(cy),
  });
}

/**
 * Shows `viewport`. When it could not clear the cards, they are told they cover the network: the
 * legend then folds itself, unless the user opened it by hand.
 */
function show(cy: Core, viewport: Viewport | null): void {
  if (viewport === null) return;
  if (!viewport.clear) for (const card of obstacleElements(cy)) card.dispatchEvent(new CustomEvent(CARD_COVERS));
  cy.viewport({ zoom: Math.max(viewport.zoom, cy.minZoom()), pan: viewport.pan });
  cy.scratch(FITTED, { zoom: cy.zoom(), pan: { ...cy.pan() } });
}

/** Whether the view is still the one the last fit made (the user has not zoomed or panned since). */
export function isFitted(cy: Core): boolean {
  const last = cy.scratch(FITTED) as { zoom: number; pan: { x: number; y: number } } | undefined;
  if (last === undefined) return false;
  const pan = cy.pan();
  return (
    Math.abs(cy.zoom() - last.zoom) < 1e-6 && Math.abs(pan.x - last.pan.x) < 0.5 && Math.abs(pan.y - last.pan.y) < 0.5
  );
}

export function fitVisible(cy: Core): void {
  show(cy, viewportFor(cy, cy.nodes().not('.hidden').nodes(), PADDING, MAX_FIT_ZOOM));
}

/** Fits the highlighted nodes on the canvas; false when none of them is there to fit. */
export function fitHighlight(cy: Core): boolean {
  const wanted = atlasStore.getState().analysis.highlight.nodes;
  if (wanted.size === 0) return false;
  const nodes = cy.nodes().filter((n) => wanted.has(n.id()) && !n.hasClass('hidden'));
  if (nodes.empty()) return false;
  const highlight = viewportFor(cy, nodes, HIGHLIGHT_PADDING, MAX_HIGHLIGHT_ZOOM);
  // When the whole network fits at nearly the highlight's own zoom, or at a zoom where its shapes are
  // still told apart (the highlight's labels are then drawn at key-label size, see useKeyLabels), it is
  // shown whole: the highlight reads as well, and no neighbour is left cut in half at the canvas's edge.
  const all = viewportFor(cy, cy.nodes().not('.hidden').nodes(), PADDING, MAX_HIGHLIGHT_ZOOM);
  const isWholeFine =
    all !== null && highlight !== null && (all.zoom >= WHOLE_SHARE * highlight.zoom || all.zoom >= WHOLE_ZOOM);
  show(cy, isWholeFine ? all : highlight);
  return true;
}

/** After a layout placed nodes: the highlight if there is one, else everything visible. */
export function fitView(cy: Core): void {
  if (!fitHighlight(cy)) fitVisible(cy);
}
