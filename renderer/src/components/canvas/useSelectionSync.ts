// Store → canvas half of the selection: when the table, search or undo changes what is selected,
// Cytoscape's selection follows. (Canvas → store goes through bindCanvasEvents' onSelection.)
import type { Core } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { useAtlas } from '../../state/store';

export function useSelectionSync(cy: Core | null, syncingRef: RefObject<boolean>): void {
  const selected = useAtlas((s) => s.selected);
  const nodes = useAtlas((s) => s.nodes);
  useEffect(() => {
    if (cy === null) return;
    const want = new Set([...selected.nodes, ...[...selected.edges].map((id) => `edge:${id}`)]);
    const have = cy.elements(':selected');
    if (have.length === want.size && have.toArray().every((el) => want.has(el.id()))) return;
    syncingRef.current = true;
    try {
      cy.batch(() => {
        have.unselect();
        for (const id of want) cy.getElementById(id).select();
      });
    } finally {
      syncingRef.current = false;
    }
  }, [cy, selected, nodes, syncingRef]);
}
