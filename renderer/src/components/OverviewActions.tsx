// Whole-canvas actions: put the whole dataset on the canvas (grouped by kind when the canvas is empty),
// or start again from an empty one.
// Both are view changes, so both can be undone.
import { tx } from '../i18n/explorerStrings';
import { clearAll } from '../state/canvasActions';
import { showOverview } from '../state/startActions';
import { useAtlas } from '../state/store';

export function OverviewActions() {
  const language = useAtlas((s) => s.language);
  const empty = useAtlas((s) => s.nodes.size === 0);
  return (
    <div className="overview-actions">
      <button type="button" onClick={() => void showOverview()}>
        {tx(language, 'showEverything')}
      </button>
      <button type="button" onClick={clearAll} disabled={empty}>
        {tx(language, 'clearCanvas')}
      </button>
    </div>
  );
}
