// Keeps the labels of the most connected visible nodes readable at any zoom (see keyLabelStyle): on
// zoom, and whenever nodes come, go or are hidden, the key nodes are chosen again and their label
// style set as a bypass, which the element sync never touches.
import type { Core, NodeCollection } from 'cytoscape';
import { useEffect } from 'react';
import { KEY_LABEL_PROPS, keyLabelStyle, keyNodeIds } from '../../canvas/graphStyle';
import { atlasStore } from '../../state/store';

export function useKeyLabels(cy: Core | null): void {
  useEffect(() => {
    if (cy === null) return;
    let frame = 0;
    let marked: NodeCollection = cy.collection();
    let applied = '';
    const update = (): void => {
      frame = 0;
      const loaded = atlasStore.getState().nodes;
      const visible = cy.nodes().not('.hidden');
      const ids = new Set(keyNodeIds(visible.map((n) => ({ id: n.id(), degree: loaded.get(n.id())?.degree ?? 0 }))));
      const keys = visible.filter((n) => ids.has(n.id()));
      const style = keyLabelStyle(cy.zoom());
      const signature = `${[...ids].join(' ')}|${String(style['font-size'])}`;
      // Zooming fires on every frame: restyle only when the choice or the size has changed.
      if (signature === applied) return;
      applied = signature;
      cy.batch(() => {
        marked.difference(keys).removeStyle(KEY_LABEL_PROPS);
        keys.style(style);
      });
      marked = keys;
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    cy.on('zoom add remove class', schedule);
    schedule();
    return () => {
      cy.off('zoom add remove class', schedule);
      cancelAnimationFrame(frame);
    };
  }, [cy]);
}
