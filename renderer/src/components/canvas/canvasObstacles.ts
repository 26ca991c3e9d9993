// The cards that float on the canvas (the legend) as boxes in the canvas's own screen pixels, so the fit
// and the key labels can keep clear of them. A card says it is one with `data-canvas-obstacle`; the
// canvas finds it among its wrapper's children, so neither side imports the other.
import type { Core } from 'cytoscape';
import type { Box } from '../../canvas/keyLabelPlacement';

/** Air kept between a card and what the canvas draws beside it. */
const MARGIN = 6;

export const OBSTACLE_ATTRIBUTE = 'data-canvas-obstacle';
/** Dispatched on a card when a fit for new content could not keep the network out from under it. */
export const CARD_COVERS = 'atlas-card-covers';

/** The elements that float on this canvas. */
export function obstacleElements(cy: Core): HTMLElement[] {
  const wrap = cy.container()?.parentElement;
  return wrap === null || wrap === undefined ? [] : [...wrap.querySelectorAll<HTMLElement>(`[${OBSTACLE_ATTRIBUTE}]`)];
}

/** Their boxes, relative to the canvas's top left corner, with a margin; cards not drawn are left out. */
export function canvasObstacles(cy: Core): Box[] {
  const container = cy.container();
  if (container === null) return [];
  const origin = container.getBoundingClientRect();
  return obstacleElements(cy).flatMap((element) => {
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return [];
    return [
      {
        x1: r.left - origin.left - MARGIN,
        y1: r.top - origin.top - MARGIN,
        x2: r.right - origin.left + MARGIN,
        y2: r.bottom - origin.top + MARGIN,
      },
    ];
  });
}
