// Undo and redo: two icon buttons (named in the language shown) and Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y), except while typing in a field,
// where the keys keep their usual meaning.
import { Redo2, Undo2 } from 'lucide-react';
import { useEffect } from 'react';
import { tx } from '../i18n/explorerStrings';
import { useAtlas } from '../state/store';
import { redoView, undoView } from '../state/viewActions';

function isTyping(target: EventTarget | null): boolean {
  return (
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'range', 'button'].includes(target.type)) ||
    target instanceof HTMLTextAreaElement
  );
}

export function HistoryControls() {
  const language = useAtlas((s) => s.language);
  const canUndo = useAtlas((s) => s.history.past.length > 0);
  const canRedo = useAtlas((s) => s.history.future.length > 0);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undoView();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redoView();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="history" role="group" aria-label={tx(language, 'history')}>
      <button
        type="button"
        onClick={undoView}
        disabled={!canUndo}
        className="btn-icon btn-ghost"
        aria-label={tx(language, 'undo')}
        title={`${tx(language, 'undo')} (Ctrl+Z)`}
        aria-keyshortcuts="Control+Z"
      >
        <Undo2 aria-hidden="true" focusable="false" />
      </button>
      <button
        type="button"
        onClick={redoView}
        disabled={!canRedo}
        className="btn-icon btn-ghost"
        aria-label={tx(language, 'redo')}
        title={`${tx(language, 'redo')} (Ctrl+Shift+Z)`}
        aria-keyshortcuts="Control+Shift+Z"
      >
        <Redo2 aria-hidden="true" focusable="false" />
      </button>
    </div>
  );
}
