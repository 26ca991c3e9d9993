// Keeps the keyboard inside a modal dialog: Tab on its last control goes to its first, Shift+Tab on
// the first to the last, so focus never wanders to the page behind the backdrop.
import type { KeyboardEvent, RefObject } from 'react';

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
