// After a document is drawn (the letter or one of the user's own): the passage it was opened at is
// centred in the text (only the text scrolls, never the window; scrollIntoView would scroll the
// window too) and focused, and the names' one tab stop starts at the first name in or after it, so
// Tab lands where the reader is.
import { useEffect, type RefObject } from 'react';
import { setRovingStop } from '../useRovingFocus';

/** What the roving focus moves between in a document: its mentions. */
export const MENTION_STOPS = 'button.mention';

function centreIn(box: HTMLElement, item: Element): void {
  const boxRect = box.getBoundingClientRect();
  const itemRect = item.getBoundingClientRect();
  box.scrollTop += itemRect.top - boxRect.top - (box.clientHeight - itemRect.height) / 2;
}

/** `drawn` changes when the text is drawn anew (null while it is not); `stops` are the roving tab stops. */
export function useFocusedPassage(
  bodyRef: RefObject<HTMLElement | null>,
  drawn: unknown,
  stops: string = MENTION_STOPS,
): void {
  useEffect(() => {
    const body = bodyRef.current;
    if (body === null || drawn === null) return;
    const focus = body.querySelector<HTMLElement>('[data-focused="true"]');
    const names = [...body.querySelectorAll<HTMLElement>(stops)];
    const near =
      focus === null
        ? null
        : (names.find(
            (n) => n.contains(focus) || focus.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING,
          ) ?? null);
    setRovingStop(body, stops, near);
    if (focus !== null) {
      centreIn(body, focus);
      focus.focus({ preventScroll: true });
    }
  }, [bodyRef, drawn, stops]);
}
