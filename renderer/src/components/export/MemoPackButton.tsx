// The one button from a question to a memo: picture, briefing and source list in one dated zip. It
// says it is busy while the pack is made and how far it is, offers to cancel it (as the export dialog
// does), says where it went, and words any failure in the user's language.
import { Package } from 'lucide-react';
import { useRef, useState } from 'react';
import { ExportCancelled, type ExportSettings } from '../../export/exportSettings';
import { ex } from '../../export/exportStrings';
import { exportErrorText } from '../../export/exportErrorText';
import { exportMemoPack } from '../../export/memoPackActions';
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
  const [progress, setProgress] = useState<number | null>(null);
  const busy = progress !== null;
  const running = useRef<AbortController | null>(null);
  const run = async (): Promise<void> => {
    const controller = new AbortController();
    running.current = controller;
    setProgress(0);
    onDone(ex(language, 'working'));
    try {
      apply(showError(null));
      // Whole percents only: a re-render per tile would cost the time the tiles give back.
      const { saved, name } = await exportMemoPack(settings, {
        signal: controller.signal,
        onProgress: (fraction) => setProgress(Math.floor(fraction * 100)),
      });
      onDone(
        saved === 'cancelled'
          ? ex(language, 'cancelled')
          : ex(language, saved === 'saved' ? 'memoPackDone' : 'memoPackDownloaded', name),
      );
    } catch (error) {
      if (error instanceof ExportCancelled) {
        onDone(ex(language, 'exportCancelled'));
        return;
      }
      onDone('');
      apply(showError(exportErrorText(language, error)));
    } finally {
      running.current = null;
      setProgress(null);
    }
  };
  return (
    <>
      <button
        type="button"
        className="tool"
        data-testid="memo-pack"
        title={ex(language, 'memoPackHint')}
        aria-busy={busy}
        disabled={busy}
        onClick={() => void run()}
      >
        <Package aria-hidden="true" focusable="false" />
        {progress === null ? ex(language, 'memoPack') : `${ex(language, 'working')} ${String(progress)} %`}
      </button>
      {busy && (
        <button type="button" className="tool" data-testid="memo-pack-cancel" onClick={() => running.current?.abort()}>
          {ex(language, 'cancelExport')}
        </button>
      )}
    </>
  );
}
