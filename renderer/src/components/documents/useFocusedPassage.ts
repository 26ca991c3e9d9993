// After a document is drawn: the passage it was opened at is centred in the text (only the text
// scrolls, never the window) and focused, and the names' one tab stop starts at the first name in or
// after it, so Tab lands where the reader is.
import { useEffect, type RefObject } from 'react';
import { setRovingStop } from '../useRovingFocus';

/** What the roving focus moves between in a document: its mentions. */
export const MENTION_STOPS = 'button.mention';

function centreIn(box: HTMLElement, item: Element): void {
  const boxRect = box.getBoundingClientRect();
  const itemRect = item.getBoundingClientRect();
  box.scrollTop += itemRect.top - boxRect.top - (box.clientHeight - itemRect.height) / 2;
}

export function useFocusedPassage(bodyRef: RefObject<HTMLElement | null>, drawn: unknown): void {
  useEffect(() => {
    const body = bodyRef.current;
    if (body === null || drawn === null) return;
    const focus = body.querySelector<HTMLElement>('[data-focused="true"]');
    const names = [...body.querySelectorAll<HTMLElement>(MENTION_STOPS)];
    const near =
      focus === null
        ? null
        : (names.find(
            (n) => n.contains(focus) || focus.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING,
          ) ?? null);
    setRovingStop(body, MENTION_STOPS, near);
    if (focus !== null) {
      centreIn(body, focus);
      focus.focus({ preventScroll: true });
    }
  }, [bodyRef, drawn]);
}
