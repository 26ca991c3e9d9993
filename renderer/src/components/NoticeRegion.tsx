// A polite live region for short confirmations ("View saved"), worded in the current language.
import { tx } from '../i18n/explorerStrings';
import { useAtlas } from '../state/store';

export function NoticeRegion() {
  const language = useAtlas((s) => s.language);
  const notice = useAtlas((s) => s.notice);
  return (
    <p className="notice" role="status" data-testid="notice">
      {notice === null ? '' : tx(language, notice.key, ...notice.args)}
    </p>
  );
}
