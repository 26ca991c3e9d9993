// Keeps the labels of the most connected visible nodes readable when zoomed out so far that ordinary
// labels are no longer drawn (see keyLabelStyle, keyLabelsNeeded), and a highlighted path's labels
// readable whenever they would be drawn smaller than that (pathLabelsNeeded): on
// zoom, and whenever nodes come, go, move or are hidden, the key nodes are chosen again, their label
// style set as a bypass (which the element sync never touches), and each label put on the side of its
// node where it meets no more important one and no card on the canvas (the legend), or dropped when no
// spot is free (keyLabelPlacement.ts). A pan places them again once it comes to rest.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import {
  KEY_LABEL_PROPS,
  keyLabelSide,
  keyLabelStyle,
  keyLabelsNeeded,
  keyNodeIds,
  pathLabelsNeeded,
} from '../../canvas/graphStyle';
import { placeLabels, type LabelRequest } from '../../canvas/keyLabelPlacement';
import { atlasStore } from '../../state/store';
import { canvasObstacles } from './canvasObstacles';
import { ROOM_CHANGED } from './useCanvasResize';

const EVENTS = `zoom add remove class dragfree layoutstop ${ROOM_CHANGED}`;
/** A pan places the labels again once it rests this long, not on every frame of a drag. */
const PAN_REST_MS = 120;

/** The node and its label's box, on screen, as drawn now. */
function labelRequest(node: NodeSingular, zoom: number): LabelRequest {
  const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  const at = node.renderedPosition();
  return {
    id: node.id(),
    x: at.x,
    y: at.y,
    radius: node.renderedWidth() / 2,
    width: box.w * zoom,
    height: box.h * zoom,
  };
}

function markKeyLabels(cy: Core, marked: NodeCollection): NodeCollection {
  const zoom = cy.zoom();
  const visible = cy.nodes().not('.hidden').nodes();
  // A highlighted path's names come first: it was highlighted to be read, at whatever zoom its fit needs.
  const onPath = pathLabelsNeeded(zoom) ? visible.filter('.highlighted').map((n) => n.id()) : [];
  const loaded = atlasStore.getState().nodes;
  const ranked = keyLabelsNeeded(zoom)
    ? keyNodeIds(visible.map((n) => ({ id: n.id(), degree: loaded.get(n.id())?.degree ?? 0 })))
    : [];
  const order = [...new Set([...onPath, ...ranked])];
  if (order.length === 0) {
    marked.removeStyle(KEY_LABEL_PROPS);
    return cy.collection().nodes();
  }
  const byId = new Map(visible.map((n) => [n.id(), n] as const));
  const keys = order.flatMap((id) => byId.get(id) ?? []);
  const chosen = new Set(order);
  const collection = visible.filter((n) => chosen.has(n.id())).nodes();
  cy.batch(() => {
    marked.difference(collection).removeStyle(KEY_LABEL_PROPS);
    collection.style(keyLabelStyle(zoom));
  });
  const placements = placeLabels(
    keys.map((n) => labelRequest(n, zoom)),
    { width: cy.width(), height: cy.height() },
    canvasObstacles(cy),
  );
  // A key label with no free spot near its node steps back to an ordinary (undrawn) one; a path's label
  // stays where it is drawn by default, since the path is what the user asked to read.
  const path = new Set(onPath);
  const dropped = collection.filter((n) => !placements.has(n.id()) && !path.has(n.id())).nodes();
  cy.batch(() => {
    dropped.removeStyle(KEY_LABEL_PROPS);
    for (const node of keys) {
      const placement = placements.get(node.id());
      if (placement !== undefined) node.style(keyLabelSide(placement, zoom));
    }
  });
  return collection.difference(dropped).nodes();
}

export function useKeyLabels(cy: Core | null): void {
  useEffect(() => {
    if (cy === null) return;
    let frame = 0;
    let marked: NodeCollection = cy.collection().nodes();
    const schedule = (): void => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        marked = markKeyLabels(cy, marked);
      });
    };
    let rest: ReturnType<typeof setTimeout> | undefined;
    const panned = (): void => {
      clearTimeout(rest);
      rest = setTimeout(schedule, PAN_REST_MS);
    };
    cy.on(EVENTS, schedule);
    cy.on('pan', panned);
    schedule();
    return () => {
      cy.off(EVENTS, schedule);
      cy.off('pan', panned);
      clearTimeout(rest);
      cancelAnimationFrame(frame);
    };
  }, [cy]);
}
