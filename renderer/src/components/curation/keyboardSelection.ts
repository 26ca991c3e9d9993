// Selecting in the document viewer without a mouse. Browsers extend a selection with Shift and the
// arrow keys, but cannot start one in text that is not editable (without caret browsing): so Shift+
// arrow with nothing selected in the text selects its first character at the name that has the focus,
// or else at the first line in view, and every further Shift+arrow extends it the browser's own way.
import type { KeyboardEvent } from 'react';

const EXTENDING = new Set(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End']);

/** The first text node at or after the focused name, or in the first run of text showing in `body`. */
function startNode(body: HTMLElement, focused: EventTarget | null): Text | null {
  const runs = [...body.querySelectorAll<HTMLElement>('[data-start]')];
  const top = body.getBoundingClientRect().top;
  const from =
    (focused instanceof HTMLElement && runs.includes(focused) ? focused : null) ??
    runs.find((run) => run.getBoundingClientRect().bottom > top) ??
    runs[0];
  if (from === undefined) return null;
  const walker = body.ownerDocument.createTreeWalker(from, NodeFilter.SHOW_TEXT);
  const node = walker.nextNode();
  return node instanceof Text && node.length > 0 ? node : null;
}

/**
 * Handles Shift+arrow in the text: `started` when it began a selection (the key is spent), `extending`
 * when a selection is there for the browser to extend (nothing else may act on the key), else null.
 */
export function keyboardSelect(body: HTMLElement, event: KeyboardEvent<HTMLElement>): 'started' | 'extending' | null {
  if (!event.shiftKey || event.ctrlKey || event.altKey || event.metaKey || !EXTENDING.has(event.key)) return null;
  const selection = body.ownerDocument.getSelection();
  if (selection === null) return null;
  const range = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (range !== null && !range.collapsed && body.contains(range.commonAncestorContainer)) return 'extending';
  const node = startNode(body, event.target);
  if (node === null) return null;
  selection.setBaseAndExtent(node, 0, node, 1);
  event.preventDefault();
  return 'started';
}
