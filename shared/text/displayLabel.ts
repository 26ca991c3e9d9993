// A label as drawn where space is fixed (the canvas, and the pictures exported from it): one line
// of words, at most MAX_DRAWN_LABEL characters, bidi isolated. A label from a forged snapshot can
// be 10,000 characters of line breaks; drawn whole, it would make the graph's bounding box so large
// that fitting the view shrinks every node to a dot. The whole text stays in the detail panel.
import { isolate } from './isolate';

/** Over twice the longest label in the dataset (87), so no curated label is ever shortened. */
export const MAX_DRAWN_LABEL = 100;
const ELLIPSIS = '…';

/** Line breaks, tabs and other controls become single spaces: a drawn label is one run of words. */
// eslint-disable-next-line no-control-regex -- control characters are what is being replaced
const BREAKS_AND_CONTROLS = /[\s\u0000-\u001F\u007F-\u009F]+/g;

export function displayLabel(text: string, max = MAX_DRAWN_LABEL): string {
  const words = text.replace(BREAKS_AND_CONTROLS, ' ').trim();
  const chars = Array.from(words); // by code point, so an emoji or a surrogate pair is never split
  if (chars.length <= max) return isolate(words);
  return isolate(
    `${chars
      .slice(0, max - 1)
      .join('')
      .trimEnd()}${ELLIPSIS}`,
  );
}
