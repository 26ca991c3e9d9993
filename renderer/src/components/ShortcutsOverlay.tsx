// The keyboard shortcuts, visible: a button in the header and `?` anywhere outside a text field open
// a dialog listing them; Escape or the button closes it and focus returns where it was.
import { Keyboard } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { tx, type ExplorerStringKey } from '../i18n/explorerStrings';
import { useAtlas } from '../state/store';
import { useDialogFocus, useFocusTrap } from './useFocusTrap';

/** Keys as printed on the keyboard (the same in both languages), and what they do. */
const SHORTCUTS: readonly (readonly [string, ExplorerStringKey])[] = [
  ['/ · Ctrl+K', 'scSearch'],
  ['F6', 'scRegions'],
  ['← ↑ → ↓', 'scArrows'],
  ['Enter', 'scEnter'],
  ['Shift+F10', 'scMenu'],
  ['Delete', 'scDelete'],
  ['+ − 0', 'scZoom'],
  ['Ctrl/Shift+klik', 'scClick'],
  ['↑ ↓ Home End', 'scMentions'],
  ['Escape', 'scEscape'],
  ['?', 'scHelp'],
];

/** Typing a "?" into a field is text, not a shortcut. */
export const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function ShortcutsOverlay() {
  const language = useAtlas((s) => s.language);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === '?' && !isTyping(event.target)) {
        event.preventDefault();
        setOpen((was) => !was);
      } else if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        className="shortcuts-open btn-icon btn-ghost"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-label={tx(language, 'shortcutsOpen')}
        title={tx(language, 'shortcutsOpen')}
      >
        <Keyboard aria-hidden="true" focusable="false" />
      </button>
      {open && <ShortcutsDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function ShortcutsDialog({ onClose }: { readonly onClose: () => void }) {
  const language = useAtlas((s) => s.language);
  const dialog = useRef<HTMLDivElement>(null);
  const trap = useFocusTrap(dialog);
  useDialogFocus(dialog, () => dialog.current?.querySelector('button') ?? null);
  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="shortcuts-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        tabIndex={-1}
        onKeyDown={trap}
        data-testid="shortcuts-dialog"
      >
        <header role="none">
          <h2 id="shortcuts-title">{tx(language, 'shortcutsTitle')}</h2>
          <button type="button" onClick={onClose}>
            {tx(language, 'dismiss')}
          </button>
        </header>
        <table>
          <tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <tr key={what}>
                <th scope="row">
                  <kbd>{language === 'en' ? keys.replace('klik', 'click') : keys}</kbd>
                </th>
                <td>{tx(language, what)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
