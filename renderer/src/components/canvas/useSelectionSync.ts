// Store → canvas half of the selection: when the table, search or undo changes what is selected,
// Cytoscape's selection follows. (Canvas → store goes through bindCanvasEvents' onSelection.)
import type { Core } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { useAtlas } from '../../state/store';
import type { SelectionHandOff } from './bindCanvasEvents';

export function useSelectionSync(cy: Core | null, handOffRef: RefObject<SelectionHandOff>): void {
  const selected = useAtlas((s) => s.selected);
  const nodes = useAtlas((s) => s.nodes);
  useEffect(() => {
    const handOff = handOffRef.current;
    // A click the store has not heard of yet wins over the store's older selection.
    if (cy === null || handOff.pending) return;
    const want = new Set([...selected.nodes, ...[...selected.edges].map((id) => `edge:${id}`)]);
    const have = cy.elements(':selected');
    if (have.length === want.size && have.toArray().every((el) => want.has(el.id()))) return;
    handOff.syncing = true;
    try {
      cy.batch(() => {
        have.unselect();
        for (const id of want) cy.getElementById(id).select();
      });
    } finally {
      handOff.syncing = false;
    }
  }, [cy, selected, nodes, handOffRef]);
}
