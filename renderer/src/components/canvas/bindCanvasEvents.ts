// The canvas's pointer events, in one place: tap (selection is Cytoscape's own, then mirrored into the
// store; Ctrl/Cmd/Shift-click adds or removes), double-tap on the same node to expand, right-click for
// the context menu, hover to light up a neighbourhood, drag to move (kept in the store, undoable).
import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import type { Position, Selection } from '../../state/graphSlice';

export interface CanvasHandlers {
  /** Cytoscape's selection changed; `tapped` is the element just clicked, to show in the panel. */
  readonly onSelection: (nodes: string[], edges: string[], tapped: Selection) => void;
  /** Settles once the neighbours are on the canvas. */
  readonly onExpand: (id: string) => Promise<void>;
  readonly onMenu: (id: string, at: Position) => void;
  readonly onMoved: (moves: [string, Position][]) => void;
}

const edgeId = (edge: EdgeSingular): string => edge.data('edgeId') as string;

/** Runs `then` in its own task once `frames` more frames have begun. */
function afterNextFrames(frames: number, then: () => void): void {
  if (frames === 0) setTimeout(then, 0);
  else requestAnimationFrame(() => afterNextFrames(frames - 1, then));
}

/**
 * How long the pointer rests on a node before its neighbourhood lights up. Dimming restyles every
 * element on the canvas, so passing over nodes on the way elsewhere, or clicking one straight away,
 * should not pay for it.
 */
export const HOVER_DELAY_MS = 120;

/**
 * The selection's hand-off between canvas and store, shared with useSelectionSync: `syncing` while the
 * store's selection is being put on the canvas (those select events are not the user's), `pending`
 * while a selection the user made on the canvas has not reached the store yet (so the store's older
 * selection must not be put back over it).
 */
export interface SelectionHandOff {
  syncing: boolean;
  pending: boolean;
}

/** Ctrl, Cmd or Shift held: the click adds to (or takes from) the selection. */
function isMultiSelect(event: EventObject): boolean {
  const original = event.originalEvent as MouseEvent | undefined;
  return original !== undefined && (original.ctrlKey || original.metaKey || original.shiftKey);
}

export function bindCanvasEvents(cy: Core, handlers: CanvasHandlers, handOff: SelectionHandOff): () => void {
  let tapped: Selection = null;
  let selectionQueued = false;
  let expanding: Promise<void> | null = null;
  let unbound = false;
  const flushSelection = (): void => {
    if (unbound) return;
    // A double-click's first click selected the node. Its details (two requests and the panel) wait
    // until the expansion the user asked for is on screen (the frame that draws it, and the next one
    // begun), instead of competing with it.
    if (expanding !== null) {
      void expanding.then(() => afterNextFrames(2, flushSelection));
      return;
    }
    selectionQueued = false;
    handOff.pending = false;
    const nodes = cy.nodes(':selected').map((n) => n.id());
    const edges = cy.edges(':selected').map(edgeId);
    handlers.onSelection(nodes, edges, tapped);
    tapped = null;
  };
  // What the last two taps hit: Cytoscape calls any two quick taps a double-tap, even on two nodes.
  let lastTapId: string | null = null;
  let previousTapId: string | null = null;
  let wasSelected = false;
  cy.on('tapstart', 'node', (event: EventObject) => {
    wasSelected = (event.target as NodeSingular).selected();
  });
  cy.on('tap', (event: EventObject) => {
    previousTapId = lastTapId;
    lastTapId = event.target === cy ? null : (event.target as NodeSingular).id();
  });
  cy.on('tap', 'node', (event: EventObject) => {
    const node = event.target as NodeSingular;
    tapped = { type: 'node', id: node.id() };
    // The node keys (arrows, Enter, Delete) work after a mouse click too.
    cy.container()?.focus({ preventScroll: true });
    if (isMultiSelect(event)) {
      // A modifier-click toggles the node; where Cytoscape took the press for a box selection instead,
      // the toggle is done here.
      setTimeout(() => {
        if (!unbound && !node.removed() && node.selected() === wasSelected) {
          if (wasSelected) node.unselect();
          else node.select();
        }
      }, 0);
    }
  });
  cy.on('tap', 'edge', (event: EventObject) => {
    tapped = { type: 'edge', id: edgeId(event.target as EdgeSingular) };
  });
  // One store update per gesture, however many elements a box selection touched.
  cy.on('select unselect', () => {
    if (handOff.syncing || selectionQueued) return;
    selectionQueued = true;
    handOff.pending = true;
    setTimeout(flushSelection, 0);
  });
  cy.on('dbltap', 'node', (event: EventObject) => {
    if (previousTapId !== (event.target as NodeSingular).id()) return;
    const expansion: Promise<void> = handlers.onExpand((event.target as NodeSingular).id()).finally(() => {
      if (expanding === expansion) expanding = null;
    });
    expanding = expansion;
  });
  cy.on('cxttap', 'node', (event: EventObject) => {
    const node = event.target as NodeSingular;
    handlers.onMenu(node.id(), { ...node.renderedPosition() });
  });
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  cy.on('mouseover', 'node', (event: EventObject) => {
    const node = event.target as NodeSingular;
    clearTimeout(hoverTimer);
    hoverTimer = setTimeout(() => {
      if (!node.removed()) cy.elements().difference(node.closedNeighborhood()).addClass('faded');
    }, HOVER_DELAY_MS);
  });
  // A press starts a click, a double-click or a drag: not a rest.
  cy.on('tapstart', () => clearTimeout(hoverTimer));
  const unfade = (): void => {
    clearTimeout(hoverTimer);
    cy.elements('.faded').removeClass('faded');
  };
  cy.on('mouseout', 'node', unfade);
  // Leaving the canvas straight from a node sends no mouseout to the node.
  const box = cy.container();
  box?.addEventListener('mouseleave', unfade);
  const moved = new Map<string, Position>();
  cy.on('dragfree', 'node', (event: EventObject) => {
    const node = event.target as NodeSingular;
    if (moved.size === 0)
      setTimeout(() => {
        // A drag that ends as the canvas is torn down is not reported to a store that moved on.
        if (!unbound) handlers.onMoved([...moved]);
        moved.clear();
      }, 0);
    moved.set(node.id(), { ...node.position() });
  });
  return () => {
    unbound = true;
    clearTimeout(hoverTimer);
    box?.removeEventListener('mouseleave', unfade);
    cy.removeAllListeners();
  };
}
