// The canvas by keyboard: arrows walk to the nearest node in that direction, Enter expands, Shift+F10
// or the menu key opens the actions, Delete hides, + − 0 zoom and fit, Escape clears the selection.
import type { Core, NodeSingular } from 'cytoscape';
import { useCallback, type KeyboardEvent } from 'react';
import { arrowDirection, nodeInDirection } from '../../canvas/keyboardNavigation';
import { clearSelection, selectNode } from '../../state/actions';
import { expandNode, hideNodes } from '../../state/canvasActions';
import type { Position } from '../../state/graphSlice';
import { atlasStore } from '../../state/store';

export interface CanvasCommands {
  readonly zoomBy: (factor: number) => void;
  readonly fit: () => void;
  readonly openMenu: (id: string, at: Position) => void;
}

function visibleNodes(cy: Core): NodeSingular[] {
  return cy
    .nodes()
    .filter((n) => !n.hasClass('hidden'))
    .toArray() as NodeSingular[];
}

export function useCanvasKeyboard(cy: Core | null, commands: CanvasCommands) {
  return useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (cy === null) return;
      const selection = atlasStore.getState().selection;
      const current = selection?.type === 'node' ? cy.getElementById(selection.id) : null;
      const direction = arrowDirection(event.key);
      const nodes = visibleNodes(cy);
      if (direction !== null) {
        const next =
          current === null || current.empty()
            ? [...nodes].sort((a, b) => a.position('x') - b.position('x'))[0]?.id()
            : nodeInDirection(
                current.position(),
                nodes.filter((n) => n.id() !== current.id()).map((n) => ({ id: n.id(), position: n.position() })),
                direction,
              );
        if (next !== undefined && next !== null) {
          void selectNode(next);
          const node = cy.getElementById(next);
          const box = cy.extent();
          const p = node.position();
          if (p.x < box.x1 || p.x > box.x2 || p.y < box.y1 || p.y > box.y2) cy.center(node);
        }
      } else if (event.key === 'Enter' && current !== null && !current.empty()) void expandNode(current.id());
      else if ((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu') {
        if (current !== null && !current.empty()) commands.openMenu(current.id(), { ...current.renderedPosition() });
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        const ids = [...atlasStore.getState().selected.nodes];
        if (ids.length > 0) hideNodes(ids);
      } else if (event.key === '+' || event.key === '=') commands.zoomBy(1.25);
      else if (event.key === '-') commands.zoomBy(0.8);
      else if (event.key === '0') commands.fit();
      else if (event.key === 'Escape') clearSelection();
      else return;
      event.preventDefault();
    },
    [cy, commands],
  );
}
