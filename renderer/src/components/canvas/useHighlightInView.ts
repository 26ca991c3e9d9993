// A highlighted path or result set is brought into view where its labels can be read: the canvas fits
// the highlighted nodes alone (not the whole graph, whose labels vanish when the drawer is open), and
// never zooms past MAX_ZOOM (a two-node path would otherwise fill the screen).
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { useAtlas } from '../../state/store';

const MAX_ZOOM = 1.6;
const PADDING = 48;

export function useHighlightInView(cy: Core | null): void {
  const highlight = useAtlas((s) => s.analysis.highlight);
  useEffect(() => {
    if (cy === null || highlight.nodes.size === 0) return;
    // After the element sync has put the path's nodes on the canvas and laid them out.
    const timer = setTimeout(() => {
      const nodes = cy.nodes().filter((n) => highlight.nodes.has(n.id()) && !n.hasClass('hidden'));
      if (nodes.empty()) return;
      cy.fit(nodes, PADDING);
      if (cy.zoom() > MAX_ZOOM) {
        const box = nodes.boundingBox();
        cy.zoom({ level: MAX_ZOOM, position: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } });
      }
    }, 300);
    return () => clearTimeout(timer);
  }, [cy, highlight]);
}
