// Maps the browser's text selection in the document viewer back to offsets into UserDocument.text.
// The viewer draws each run of text (plain, a mention, the focused passage) in an element carrying
// its own offsets (data-start, data-end), so a selection point is its run's start plus the characters
// before it inside that run; a point between runs (a paragraph gap, a page heading) snaps to the
// nearest run's edge. Page numbers and other chrome carry no offsets and are never counted.
import type { TextRange } from './curationRules';

const RUN = '[data-start]';

const startOf = (el: Element): number => Number(el.getAttribute('data-start'));
const endOf = (el: Element): number => Number(el.getAttribute('data-end'));

/** The run a point lies inside, when it does. */
function runAt(root: HTMLElement, node: Node): Element | null {
  const el = node instanceof Element ? node : node.parentElement;
  const run = el?.closest(RUN) ?? null;
  return run !== null && root.contains(run) ? run : null;
}

/** The offset of one boundary point; `side` decides where a point between runs snaps to. */
function offsetOf(root: HTMLElement, node: Node, offset: number, side: 'start' | 'end'): number | null {
  const run = runAt(root, node);
  if (run !== null) {
    const before = root.ownerDocument.createRange();
    before.setStart(run, 0);
    before.setEnd(node, offset);
    return Math.min(startOf(run) + before.toString().length, endOf(run));
  }
  const point = root.ownerDocument.createRange();
  point.setStart(node, offset);
  const runs = [...root.querySelectorAll(RUN)];
  if (side === 'start') {
    // The first run that starts at or after the point.
    const next = runs.find((r) => point.comparePoint(r, 0) >= 0);
    return next === undefined ? null : startOf(next);
  }
  // The last run that ends at or before the point.
  const previous = runs.filter((r) => point.comparePoint(r, r.childNodes.length) <= 0).at(-1);
  return previous === undefined ? null : endOf(previous);
}

/** The selected range of the document's text, or null when the selection is empty or outside `root`. */
export function selectedRange(root: HTMLElement, selection: Selection | null): TextRange | null {
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = offsetOf(root, range.startContainer, range.startOffset, 'start');
  const end = offsetOf(root, range.endContainer, range.endOffset, 'end');
  return start === null || end === null || end <= start ? null : { start, end };
}
