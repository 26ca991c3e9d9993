// The one button from a question to a memo: picture, briefing and source list in one dated zip. It
// says it is busy while the pack is made, says where it went, and words any failure in the user's
// language.
import { useState } from 'react';
import type { ExportSettings } from '../../export/exportSettings';
import { ex } from '../../export/exportStrings';
import { exportMemoPack } from '../../export/memoPackActions';
import { errorText } from '../../i18n/errorText';
import { apply, useAtlas } from '../../state/store';
import { showError } from '../../state/uiSlice';

export function MemoPackButton({
  settings,
  onDone,
}: {
  readonly settings: ExportSettings;
  readonly onDone: (message: string) => void;
}) {
  const language = useAtlas((s) => s.language);
  const [busy, setBusy] = useState(false);
  const run = async (): Promise<void> => {
    setBusy(true);
    onDone(ex(language, 'working'));
    try {
      apply(showError(null));
      const { saved, name } = await exportMemoPack(settings);
      onDone(
        saved === 'cancelled'
          ? ex(language, 'cancelled')
          : ex(language, saved === 'saved' ? 'memoPackDone' : 'memoPackDownloaded', name),
      );
    } catch (error) {
      onDone('');
      apply(showError(errorText(language, error)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      data-testid="memo-pack"
      title={ex(language, 'memoPackHint')}
      aria-busy={busy}
      disabled={busy}
      onClick={() => void run()}
    >
      {busy ? ex(language, 'working') : ex(language, 'memoPack')}
    </button>
  );
}
