// On the canvas, where they apply: what is selected with what can be done to it ("keep only selected",
// hide, clear), and the filters in effect with a one-click reset, so a filter never hides nodes unseen.
import { tx } from '../i18n/explorerStrings';
import { clearSelection } from '../state/actions';
import { hideNodes, keepOnlySelected, resetFilters } from '../state/canvasActions';
import { selectVisibleGraph } from '../state/selectors';
import { atlasStore, useAtlas } from '../state/store';

export function CanvasStatus() {
  const language = useAtlas((s) => s.language);
  const selectedCount = useAtlas((s) => s.selected.nodes.size);
  const filtered = useAtlas((s) => Object.keys(s.filters).length > 0);
  const loaded = useAtlas((s) => s.nodes.size);
  const visible = useAtlas((s) => selectVisibleGraph(s).nodes.length);
  if (selectedCount < 2 && !filtered) return null;
  return (
    <div className="canvas-status" data-testid="canvas-status">
      {selectedCount >= 2 && (
        <div role="group" aria-label={tx(language, 'selectionCount', selectedCount)} data-testid="selection-actions">
          <span>{tx(language, 'selectionCount', selectedCount)}</span>
          <button type="button" onClick={keepOnlySelected}>
            {tx(language, 'keepOnlySelected')}
          </button>
          <button type="button" onClick={() => hideNodes([...atlasStore.getState().selected.nodes])}>
            {tx(language, 'hideSelected')}
          </button>
          <button type="button" onClick={clearSelection}>
            {tx(language, 'clearSelectionAction')}
          </button>
        </div>
      )}
      {filtered && (
        <div className="filters-active" data-testid="filters-active">
          <span>{tx(language, 'filtersActive', loaded - visible, loaded)}</span>
          <button type="button" onClick={resetFilters}>
            {tx(language, 'resetFiltersShort')}
          </button>
        </div>
      )}
    </div>
  );
}
