// The renderless-style controller that owns the Cytoscape instance. Cytoscape lives here, never in
// the store: the store says what is visible, this component makes the canvas match it.
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { graphStylesheet } from '../canvas/graphStyle';
import { OVERLAY_DATA_KEYS, toElements } from '../canvas/toElements';
import { useCanvasOverlay } from './analysis/useCanvasOverlay';
import { clearSelection, selectEdge, selectNode } from '../state/actions';
import { useAtlas } from '../state/store';
import { t } from '../i18n/strings';

export function GraphCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const nodes = useAtlas((s) => s.nodes);
  const edges = useAtlas((s) => s.edges);
  const language = useAtlas((s) => s.language);
  const selection = useAtlas((s) => s.selection);
  const overlay = useCanvasOverlay();

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: graphStylesheet(),
      wheelSensitivity: 0.3,
      maxZoom: 4,
      minZoom: 0.1,
    });
    cy.on('tap', 'node', (event) => void selectNode((event.target as NodeSingular).id()));
    cy.on('tap', 'edge', (event) => void selectEdge((event.target as EdgeSingular).data('edgeId') as string));
    cy.on('tap', (event) => {
      if (event.target === cy) clearSelection();
    });
    // The canvas must know when its box changes (the detail panel opening, the window resizing).
    const observer = new ResizeObserver(() => {
      cy.resize();
    });
    if (container.current !== null) observer.observe(container.current);
    cyRef.current = cy;
    (window as unknown as { __atlasCy?: Core }).__atlasCy = cy;
    return () => {
      observer.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return;
    const wanted = toElements(nodes, edges, language, overlay);
    const wantedIds = new Set(wanted.map((e) => e.data.id));
    const missing = wanted.filter((element) => cy.getElementById(element.data.id ?? '').empty());
    cy.batch(() => {
      cy.elements()
        .filter((el) => !wantedIds.has(el.id()))
        .remove();
      for (const element of wanted) {
        const existing = cy.getElementById(element.data.id ?? '');
        existing.removeData(OVERLAY_DATA_KEYS).data(element.data);
        existing.classes(element.classes ?? '');
      }
      cy.add(missing);
    });
    if (missing.length > 0) {
      cy.layout({ name: 'concentric', animate: false, fit: true, padding: 40, minNodeSpacing: 30 }).run();
      // A handful of nodes should not fill the screen at giant size.
      if (cy.zoom() > 1.4) cy.zoom({ level: 1.4, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    }
  }, [nodes, edges, language, overlay]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return;
    cy.elements().unselect();
    if (selection !== null)
      cy.getElementById(selection.type === 'node' ? selection.id : `edge:${selection.id}`).select();
  }, [selection, nodes]);

  return (
    <div className="canvas-wrap">
      <div
        ref={container}
        className="canvas"
        role="img"
        aria-label={t(language, 'canvasLabel')}
        data-testid="graph-canvas"
      />
      {nodes.size === 0 && <p className="canvas-empty">{t(language, 'emptyCanvas')}</p>}
    </div>
  );
}
