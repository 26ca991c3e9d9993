// The short confirmations ("View saved") in a polite live region, worded in the current language, and
// the last error in an alert. A notice expires on its own after a few seconds; an error stays until the
// user dismisses it (or the next action succeeds), so it is never missed and never stale forever.
import { useEffect } from 'react';
import { tx } from '../i18n/explorerStrings';
import { apply, useAtlas } from '../state/store';
import { NOTICE_EXPIRY_MS, showError, showNotice } from '../state/uiSlice';

export function NoticeRegion() {
  const language = useAtlas((s) => s.language);
  const notice = useAtlas((s) => s.notice);
  const error = useAtlas((s) => s.error);
  useEffect(() => {
    if (notice === null) return;
    const timer = setTimeout(() => apply(showNotice(null), { quiet: true }), NOTICE_EXPIRY_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <>
      {error !== null && (
        <div className="error banner" data-testid="error-banner">
          <p role="alert">{error}</p>
          <button type="button" className="dismiss" onClick={() => apply(showError(null), { quiet: true })}>
            {tx(language, 'dismiss')}
          </button>
        </div>
      )}
      <div className={notice === null ? 'notice empty' : 'notice banner'}>
        <p role="status" data-testid="notice">
          {notice === null ? '' : tx(language, notice.key, ...notice.args)}
        </p>
        {notice !== null && (
          <button type="button" className="dismiss" onClick={() => apply(showNotice(null), { quiet: true })}>
            {tx(language, 'dismiss')}
          </button>
        )}
      </div>
    </>
  );
}
