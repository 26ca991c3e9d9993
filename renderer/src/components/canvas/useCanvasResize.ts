// Keeps the picture right when the canvas's box or a card on it changes size (the detail panel opening,
// the window resizing, the legend folding or unfolding). A view the user has not moved since the last
// fit is fitted again, so nothing ends up cut at the edge or under the card; a view the user zoomed or
// panned keeps its centre rather than sliding under the panel — and is fitted only when it showed the
// whole network before and would cut it now (a restored last view, framed for another width). Key labels
// are told to place themselves again, since the room they may use has changed.
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { obstacleElements } from './canvasObstacles';
import { fitView, isFitted } from './fitView';
import { fitAfterLayout, layoutRunning } from './useElementSync';

/** Emitted on the canvas when the room around its cards changed (useKeyLabels listens). */
export const ROOM_CHANGED = 'atlasroom';

/** Whether every visible node, its label included, lies inside a canvas of this size. */
function wholeInView(cy: Core, { width, height }: { readonly width: number; readonly height: number }): boolean {
  const nodes = cy.nodes().not('.hidden');
  if (nodes.empty()) return false;
  const box = nodes.renderedBoundingBox({ includeLabels: true, includeEdges: false, includeOverlays: false });
  return box.x1 >= -1 && box.y1 >= -1 && box.x2 <= width + 1 && box.y2 <= height + 1;
}

export function useCanvasResize(cy: Core | null): void {
  useEffect(() => {
    const container = cy?.container();
    const wrap = container?.parentElement;
    if (cy === null || container === null || container === undefined || wrap === null || wrap === undefined) return;
    if (typeof ResizeObserver === 'undefined') return;
    let size = { width: 0, height: 0 };
    const onResize = (): void => {
      const fitted = isFitted(cy);
      const whole = size.width > 0 && wholeInView(cy, size);
      cy.resize();
      const next = { width: cy.width(), height: cy.height() };
      // A layout under way fits the view when it ends (its nodes are about to move): it is told to.
      if (fitted && next.width > 0) {
        if (layoutRunning(cy)) fitAfterLayout(cy);
        else fitView(cy);
      } else if (size.width > 0 && next.width > 0) {
        cy.panBy({ x: (next.width - size.width) / 2, y: (next.height - size.height) / 2 });
        // A view that showed everything (a restored view, framed for another width) keeps showing it.
        if (whole && !wholeInView(cy, next) && !layoutRunning(cy)) fitView(cy);
      }
      size = next;
      cy.emit(ROOM_CHANGED);
    };
    const observer = new ResizeObserver(onResize);
    const watched = new Set<Element>();
    const watch = (): void => {
      for (const element of [container, ...obstacleElements(cy)])
        if (!watched.has(element)) {
          watched.add(element);
          observer.observe(element);
        }
    };
    watch();
    // A card that mounts later (the legend appears with the first node) is watched from then on.
    const mounts = new MutationObserver(watch);
    mounts.observe(wrap, { childList: true });
    return () => {
      mounts.disconnect();
      observer.disconnect();
    };
  }, [cy]);
}
