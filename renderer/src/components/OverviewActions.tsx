// Whole-canvas actions: put the whole dataset on the canvas (grouped by kind when the canvas is empty),
// or start again from an empty one.
// Both are view changes, so both can be undone.
import { Eraser, Network } from 'lucide-react';
import { tx } from '../i18n/explorerStrings';
import { clearAll } from '../state/canvasActions';
import { showOverview } from '../state/startActions';
import { useAtlas } from '../state/store';

export function OverviewActions() {
  const language = useAtlas((s) => s.language);
  const empty = useAtlas((s) => s.nodes.size === 0);
  return (
    <div className="overview-actions">
      <button type="button" className="tool" title={tx(language, 'showEverything')} onClick={() => void showOverview()}>
        <Network aria-hidden="true" focusable="false" />
        {tx(language, 'showEverything')}
      </button>
      <button
        type="button"
        className="btn-icon btn-ghost"
        onClick={clearAll}
        disabled={empty}
        aria-label={tx(language, 'clearCanvas')}
        title={tx(language, 'clearCanvas')}
      >
        <Eraser aria-hidden="true" focusable="false" />
      </button>
    </div>
  );
}
