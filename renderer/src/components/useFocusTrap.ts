// Keeps the keyboard inside a modal dialog: Tab on its last control goes to its first, Shift+Tab on
// the first to the last, so focus never wanders to the page behind the backdrop.
import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function useFocusTrap(container: RefObject<HTMLElement | null>): (event: KeyboardEvent<HTMLElement>) => void {
  return (event) => {
    if (event.key !== 'Tab' || container.current === null) return;
    const items = [...container.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => el.closest('[hidden]') === null,
    );
    const first = items[0];
    const last = items.at(-1);
    if (first === undefined || last === undefined) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !container.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !container.current.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };
}

/**
 * A modal view's focus on opening and closing: takes focus (the element `initial` names, else the
 * container) and, when it closes, gives it back to the control that opened it, or to the canvas when
 * that control is gone, so the keyboard never lands on <body>.
 */
export function useDialogFocus(container: RefObject<HTMLElement | null>, initial?: () => HTMLElement | null): void {
  // Read while the dialog first renders, before anything in it takes the focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    const dialog = container.current;
    (initial?.() ?? dialog)?.focus({ preventScroll: true });
    // A control inside that goes away or turns into something else (a node picker showing its
    // choice) drops the focus on <body>, where the dialog's keys (Escape, the trap) no longer reach:
    // the dialog takes it back.
    const keep = (event: FocusEvent): void => {
      if (event.relatedTarget !== null) return;
      setTimeout(() => {
        if (dialog?.isConnected === true && document.activeElement === document.body) {
          dialog.focus({ preventScroll: true });
        }
      }, 0);
    };
    dialog?.addEventListener('focusout', keep);
    return () => {
      dialog?.removeEventListener('focusout', keep);
      // After the dialog has left the DOM; a cleanup that leaves it in place (React's development
      // double run) gives nothing back.
      setTimeout(() => {
        if (dialog?.isConnected === true) return;
        const back =
          opener !== null && opener.isConnected && opener !== document.body
            ? opener
            : document.querySelector<HTMLElement>('[data-testid="graph-canvas"]');
        back?.focus({ preventScroll: true });
      }, 0);
    };
    // Once per opening: the dialog's later renders do not move the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
