// Where the canvas looks after its content changed: at the highlighted path or result set when there
// is one (fitted to those nodes alone, so their labels can be read), otherwise at everything visible.
// One rule for both moments that move the view — a new highlight, and a layout that placed new nodes —
// so whichever comes last cannot undo the other.
import type { Core } from 'cytoscape';
import { atlasStore } from '../../state/store';

/** A handful of nodes should not fill the screen at giant size. */
const MAX_FIT_ZOOM = 1.4;
/** A highlighted path may come a little closer: a two-node path would otherwise fill the screen. */
const MAX_HIGHLIGHT_ZOOM = 1.6;
const HIGHLIGHT_PADDING = 48;

export function fitVisible(cy: Core): void {
  cy.fit(cy.elements().not('.hidden'), 40);
  if (cy.zoom() > MAX_FIT_ZOOM)
    cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Fits the highlighted nodes on the canvas; false when none of them is there to fit. */
export function fitHighlight(cy: Core): boolean {
  const wanted = atlasStore.getState().analysis.highlight.nodes;
  if (wanted.size === 0) return false;
  const nodes = cy.nodes().filter((n) => wanted.has(n.id()) && !n.hasClass('hidden'));
  if (nodes.empty()) return false;
  cy.fit(nodes, HIGHLIGHT_PADDING);
  if (cy.zoom() > MAX_HIGHLIGHT_ZOOM) {
    const box = nodes.boundingBox();
    cy.zoom({ level: MAX_HIGHLIGHT_ZOOM, position: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } });
  }
  return true;
}

/** After a layout placed nodes: the highlight if there is one, else everything visible. */
export function fitView(cy: Core): void {
  if (!fitHighlight(cy)) fitVisible(cy);
}
