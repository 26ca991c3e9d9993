// The canvas's toolbar: zoom in and out, fit, the layout (force, concentric ego view, hierarchical),
// re-layout and the relation-name toggle; beside it, the selection's actions and the filters in effect. Zoom acts on the instance; the rest goes through the store.
import { Maximize, RefreshCw, ZoomIn, ZoomOut } from 'lucide-react';
import { tx, type ExplorerStringKey } from '../i18n/explorerStrings';
import { loadHierarchical } from '../canvas/layouts';
import { relayout, showEdgeLabels } from '../state/canvasActions';
import { useAtlas } from '../state/store';
import { CanvasStatus } from './CanvasStatus';
import { LAYOUTS, type LayoutName } from '../state/viewSlice';

const LAYOUT_LABEL: { readonly [L in LayoutName]: ExplorerStringKey } = {
  force: 'layoutForce',
  concentric: 'layoutConcentric',
  hierarchical: 'layoutHierarchical',
};

export interface ZoomCommands {
  readonly zoomBy: (factor: number) => void;
  readonly fit: () => void;
}

export function CanvasControls({ zoom }: { readonly zoom: ZoomCommands }) {
  const language = useAtlas((s) => s.language);
  const layout = useAtlas((s) => s.layout);
  const edgeLabels = useAtlas((s) => s.edgeLabels);
  return (
    <>
      <CanvasStatus />
      <div className="canvas-controls" role="toolbar" aria-label={tx(language, 'tools')}>
        <button
          type="button"
          onClick={() => zoom.zoomBy(1.25)}
          aria-label={tx(language, 'zoomIn')}
          title={tx(language, 'zoomIn')}
          className="btn-icon btn-ghost"
        >
          <ZoomIn aria-hidden="true" focusable="false" />
        </button>
        <button
          type="button"
          onClick={() => zoom.zoomBy(0.8)}
          aria-label={tx(language, 'zoomOut')}
          title={tx(language, 'zoomOut')}
          className="btn-icon btn-ghost"
        >
          <ZoomOut aria-hidden="true" focusable="false" />
        </button>
        <button
          type="button"
          className="btn-icon btn-ghost"
          onClick={zoom.fit}
          aria-label={tx(language, 'fit')}
          title={tx(language, 'fit')}
        >
          <Maximize aria-hidden="true" focusable="false" />
        </button>
        <fieldset className="layout-pick">
          <legend className="visually-hidden">{tx(language, 'layout')}</legend>
          {LAYOUTS.map((name) => (
            <label key={name}>
              <input
                type="radio"
                name="canvas-layout"
                value={name}
                checked={layout === name}
                onChange={() => {
                  // Start fetching dagre now; the layout run waits for it.
                  if (name === 'hierarchical') void loadHierarchical();
                  relayout(name);
                }}
              />
              {tx(language, LAYOUT_LABEL[name])}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="btn-icon btn-ghost"
          onClick={() => relayout()}
          aria-label={tx(language, 'relayout')}
          title={tx(language, 'relayout')}
        >
          <RefreshCw aria-hidden="true" focusable="false" />
        </button>
        <label className="toggle">
          <input type="checkbox" checked={edgeLabels} onChange={(e) => showEdgeLabels(e.target.checked)} />
          {tx(language, 'edgeLabels')}
        </label>
      </div>
    </>
  );
}
