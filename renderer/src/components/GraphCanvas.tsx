// The controller that owns the Cytoscape instance. Cytoscape lives here, never in the store: the store
// says what is loaded, visible, where and selected; the hooks make the canvas match it, and the
// canvas's events come back as actions.
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { graphStylesheet } from '../canvas/graphStyle';
import { t } from '../i18n/strings';
import { tx } from '../i18n/explorerStrings';
import { NODE_KIND_INFO, RELATION_KIND_INFO, STATUS_INFO } from '../../../shared/ontology';
import { selectMany } from '../state/actions';
import { expandNode, moveNodes } from '../state/canvasActions';
import { useAtlas } from '../state/store';
import { useCanvasOverlay } from './analysis/useCanvasOverlay';
import { useVerificationMarks } from './export/useVerificationMarks';
import { Legend } from './Legend';
import { CanvasControls } from './CanvasControls';
import { bindCanvasEvents, type SelectionHandOff } from './canvas/bindCanvasEvents';
import { exposeForTests } from './canvas/exposeForTests';
import { fitVisible } from './canvas/fitView';
import { useCanvasKeyboard } from './canvas/useCanvasKeyboard';
import { useCanvasResize } from './canvas/useCanvasResize';
import { useElementSync } from './canvas/useElementSync';
import { useHighlightInView } from './canvas/useHighlightInView';
import { useKeyLabels } from './canvas/useKeyLabels';
import { useSelectionSync } from './canvas/useSelectionSync';
import { ContextMenu, type MenuTarget } from './ContextMenu';
import { registerCanvasExporter } from '../export/canvasExporter';
import { cyExporter } from '../export/cyExporter';
import { isolate } from '../../../shared/text/isolate';

export function GraphCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const selectionHandOff = useRef<SelectionHandOff>({ syncing: false, pending: false });
  const [cy, setCy] = useState<Core | null>(null);
  const [menu, setMenu] = useState<MenuTarget | null>(null);
  const language = useAtlas((s) => s.language);
  const loadedCount = useAtlas((s) => s.nodes.size);
  const analysisOverlay = useCanvasOverlay();
  const changeMarks = useAtlas((s) => s.changeMarks);
  const unverified = useVerificationMarks();
  // The analysis overlay plus what changed since a compared snapshot (export/CompareView) and what an
  // opened snapshot claims that the dataset does not back.
  const overlay = useMemo(
    () => ({ ...analysisOverlay, changedNodes: changeMarks.nodes, changedEdges: changeMarks.edges, ...unverified }),
    [analysisOverlay, changeMarks, unverified],
  );
  const helpId = useId();

  useEffect(() => {
    const instance = cytoscape({
      container: container.current,
      style: graphStylesheet(),
      wheelSensitivity: 0.3,
      maxZoom: 4,
      minZoom: 0.05,
      boxSelectionEnabled: true,
    });
    const unbind = bindCanvasEvents(
      instance,
      {
        onSelection: (nodes, edges, tapped) => void selectMany(nodes, edges, tapped),
        onExpand: (id) => expandNode(id),
        onMenu: (nodeId, at) => setMenu({ nodeId, at }),
        onMoved: (moves) => moveNodes(moves),
      },
      selectionHandOff.current,
    );
    exposeForTests(instance);
    setCy(instance);
    return () => {
      unbind();
      exposeForTests(null);
      instance.destroy();
      setCy(null);
    };
  }, []);

  useElementSync(cy, overlay);
  useSelectionSync(cy, selectionHandOff);
  useHighlightInView(cy);
  useKeyLabels(cy);
  useCanvasResize(cy);
  // Exports (pictures, snapshots) reach the canvas through this registered exporter, never through cy itself.
  useEffect(() => (cy === null ? undefined : registerCanvasExporter(cyExporter(cy))), [cy]);

  const commands = useMemo(
    () => ({
      zoomBy: (factor: number) => {
        if (cy === null) return;
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      },
      fit: () => {
        if (cy !== null) fitVisible(cy);
      },
      openMenu: (nodeId: string, at: { x: number; y: number }) => setMenu({ nodeId, at }),
    }),
    [cy],
  );
  const onKeyDown = useCanvasKeyboard(cy, commands);

  return (
    <div className="canvas-wrap" data-testid="canvas-wrap">
      <div
        ref={container}
        className="canvas"
        role="application"
        tabIndex={0}
        aria-label={t(language, 'canvasLabel')}
        aria-describedby={helpId}
        data-testid="graph-canvas"
        onKeyDown={onKeyDown}
      />
      <p id={helpId} className="visually-hidden">
        {tx(language, 'canvasHelp')}
      </p>
      <SelectionAnnouncer />
      <CanvasControls zoom={commands} />
      <Legend />
      {loadedCount === 0 && <p className="canvas-empty">{t(language, 'emptyCanvas')}</p>}
      {menu !== null && (
        <ContextMenu
          target={menu}
          onClose={() => {
            setMenu(null);
            container.current?.focus();
          }}
        />
      )}
    </div>
  );
}

/** Tells a screen reader what the keyboard (or a click) just selected. */
function SelectionAnnouncer() {
  const language = useAtlas((s) => s.language);
  const count = useAtlas((s) => s.selected.nodes.size + s.selected.edges.size);
  const node = useAtlas((s) => (s.selection?.type === 'node' ? s.nodes.get(s.selection.id) : undefined));
  const edge = useAtlas((s) => (s.selection?.type === 'edge' ? s.edges.get(s.selection.id) : undefined));
  const nodes = useAtlas((s) => s.nodes);
  const name = (id: string): string => isolate(nodes.get(id)?.label[language] ?? id);
  const message =
    count > 1
      ? tx(language, 'selectedMany', count)
      : node !== undefined
        ? tx(language, 'selectedOne', isolate(node.label[language]), NODE_KIND_INFO[node.kind].label[language])
        : edge !== undefined
          ? tx(
              language,
              'selectedOne',
              `${name(edge.source)} ${RELATION_KIND_INFO[edge.kind].label[language]} ${name(edge.target)}`,
              STATUS_INFO[edge.status].label[language],
            )
          : '';
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="selection-announcer">
      {message}
    </p>
  );
}
