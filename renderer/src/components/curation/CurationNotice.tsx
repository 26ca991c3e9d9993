// The notice after a curation change ("De relatie … is gemaakt en op het canvas gezet") with the
// button that undoes it. It stays long enough to reach with the keyboard, then clears itself.
import { useEffect } from 'react';
import { cx } from '../../i18n/curationStrings';
import { dismissCurationNotice, undoCuration } from '../../state/curationActions';
import { useAtlas } from '../../state/store';

/** Long enough to read the notice and reach its undo button by keyboard. */
export const CURATION_NOTICE_MS = 15_000;

export function CurationNotice() {
  const language = useAtlas((s) => s.language);
  const notice = useAtlas((s) => s.curationNotice);
  useEffect(() => {
    if (notice === null) return;
    const timer = setTimeout(dismissCurationNotice, CURATION_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  const text = notice === null ? '' : cx(language, notice.key, ...notice.args);
  return (
    <div className={notice === null ? 'curation-notice notice empty' : 'curation-notice notice banner'}>
      <p role="status" data-testid="curation-notice">
        {text}
      </p>
      {notice?.undo != null && (
        <button
          type="button"
          data-testid="curation-undo"
          onClick={() => {
            const step = notice.undo;
            dismissCurationNotice();
            if (step !== null) void undoCuration(step, notice.args[0] ?? '');
          }}
        >
          {cx(language, 'undo')}
        </button>
      )}
      {notice !== null && (
        <button type="button" className="dismiss" onClick={dismissCurationNotice}>
          {cx(language, 'dismiss')}
        </button>
      )}
    </div>
  );
}
