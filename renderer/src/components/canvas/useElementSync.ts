// Makes the Cytoscape instance match the store: every loaded element present (hidden ones with the
// `hidden` class, so they keep their place), data and classes current, positions as stored, pinned
// nodes locked; then lets the layout place visible nodes that have no position yet.
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { runLayout } from '../../canvas/layouts';
import { OVERLAY_DATA_KEYS, toElements, type ElementOverlay } from '../../canvas/toElements';
import { placeNodes } from '../../state/canvasActions';
import { selectVisibleGraph } from '../../state/selectors';
import { atlasStore, useAtlas } from '../../state/store';
import { fitView, fitVisible } from './fitView';

/** The overlay's data keys, split once: the sync checks them for every element on every change. */
const OVERLAY_KEYS = OVERLAY_DATA_KEYS.split(' ');

/** Canvases whose layout is under way: the highlight's fit waits for the layout's end (fitView.ts). */
const laying = new WeakSet<Core>();
/** Canvases whose highlight arrived during a layout, so the layout's end must fit it. */
const fitOwed = new WeakSet<Core>();
export const layoutRunning = (cy: Core): boolean => laying.has(cy);
/** Leaves the highlight's fit to the running layout's end. */
export const fitAfterLayout = (cy: Core): void => void fitOwed.add(cy);

export function useElementSync(cy: Core | null, overlay: ElementOverlay): void {
  const nodes = useAtlas((s) => s.nodes);
  const edges = useAtlas((s) => s.edges);
  const language = useAtlas((s) => s.language);
  const visible = useAtlas(selectVisibleGraph);
  const positions = useAtlas((s) => s.positions);
  const pinned = useAtlas((s) => s.pinned);
  const edgeLabels = useAtlas((s) => s.edgeLabels);
  const asOfYear = useAtlas((s) => s.filters.asOfYear);
  const layout = useAtlas((s) => s.layout);
  const running = useRef(false);

  useEffect(() => {
    if (cy === null) return;
    const wanted = toElements(nodes, edges, language, overlay, {
      visibleNodes: visible.nodeIds,
      visibleEdges: visible.edgeIds,
      pinned,
      edgeLabels,
      positions,
      ...(asOfYear === undefined ? {} : { asOfYear }),
    });
    const wantedIds = new Set(wanted.map((e) => e.data.id));
    const wasEmpty = cy.nodes().empty();
    cy.batch(() => {
      cy.elements()
        .filter((el) => !wantedIds.has(el.id()))
        .remove();
      const missing = [];
      for (const element of wanted) {
        const existing = cy.getElementById(element.data.id ?? '');
        if (existing.empty()) {
          missing.push(element);
          continue;
        }
        // Touch only what changed: every data or class change makes Cytoscape restyle the element.
        const data = existing.data() as Record<string, unknown>;
        const wantedData = element.data as Record<string, unknown>;
        const stale = OVERLAY_KEYS.some((key) => key in data && !(key in wantedData));
        if (stale || Object.entries(wantedData).some(([key, value]) => data[key] !== value))
          existing.removeData(OVERLAY_DATA_KEYS).data(wantedData);
        const classes = element.classes ?? '';
        if (existing.classes().join(' ') !== classes) existing.classes(classes);
        const p = element.position;
        if (p !== undefined && existing.isNode()) {
          const now = existing.position();
          if (now.x !== p.x || now.y !== p.y) existing.unlock().position(p);
        }
      }
      cy.add(missing);
      cy.nodes().forEach((n) => {
        const pin = pinned.has(n.id());
        if (pin && !n.locked()) n.lock();
        else if (!pin && n.locked()) n.unlock();
      });
    });
    if (running.current) return;
    running.current = true;
    laying.add(cy);
    const state = atlasStore.getState();
    const focusId = state.selection?.type === 'node' ? state.selection.id : (state.scope?.anchorId ?? null);
    const started = performance.now();
    // For the benchmark and the e2e tests: a layout run is under way (the canvas is not settled yet).
    // Written on the wrapper, never on Cytoscape's own container: Cytoscape watches that element's
    // attributes and answers every change with a resize and a full redraw 100 ms later.
    const box = cy.container()?.parentElement;
    box?.setAttribute('data-layout-pending', 'true');
    void runLayout(cy, { layout, positions, pinned, focusId })
      .then(({ placed, full }) => {
        const owed = fitOwed.delete(cy);
        if (placed.size === 0) {
          // Nodes that came already placed (a restored view, the overview) onto an empty canvas: show them all.
          if (owed) fitView(cy);
          else if (wasEmpty && cy.nodes().nonempty()) fitVisible(cy);
          return;
        }
        // For the benchmark and the e2e tests: how many layout runs placed nodes, and how long the last took.
        box?.setAttribute('data-layout-ms', (performance.now() - started).toFixed(1));
        box?.setAttribute('data-layout-count', String(Number(box.getAttribute('data-layout-count') ?? '0') + 1));
        const extent = cy.extent();
        const outside = [...placed.values()].some(
          (p) => p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2,
        );
        // A highlight waiting for this layout is fitted now; otherwise new nodes out of sight bring the whole graph into view.
        if (owed || highlightPlaced(placed)) fitView(cy);
        else if (full || outside) fitVisible(cy);
        placeNodes([...placed]);
      })
      .finally(() => {
        running.current = false;
        laying.delete(cy);
        box?.removeAttribute('data-layout-pending');
      });
  }, [cy, nodes, edges, language, overlay, visible, positions, pinned, edgeLabels, layout, asOfYear]);
}

/** Whether the layout just placed a node of the highlight, which the highlight's fit left to it. */
function highlightPlaced(placed: ReadonlyMap<string, unknown>): boolean {
  const wanted = atlasStore.getState().analysis.highlight.nodes;
  return [...placed.keys()].some((id) => wanted.has(id));
}
