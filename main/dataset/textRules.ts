// What curated text may hold. Escaping at every output is not enough: a control character breaks
// XML exports and hides in the UI, and a label thousands of characters long shrinks the graph to a
// dot. So the build refuses them, naming the character (as U+XXXX) or the length and the limit.
import { z } from 'zod';

/** A label or alias names one thing in a canvas label or a table cell (the longest today: 106). */
export const MAX_LABEL_LENGTH = 200;
/** Descriptions, notes and time notes: a paragraph (the longest today: 209); snapshots hold 2,000. */
export const MAX_PROSE_LENGTH = 2_000;
/** A quote is a passage of its source (the longest today: 339); snapshots hold 5,000. */
export const MAX_QUOTE_LENGTH = 5_000;

/** C0 controls, DEL and C1 controls: none shows as a character. */
// eslint-disable-next-line no-control-regex -- these are the characters being refused
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- the same, with line feed and tab allowed in prose
const CONTROL_IN_PROSE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

const codePoint = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

function shaped(controls: RegExp, max: number, what: string, base = z.string().trim().min(1, 'must not be empty')) {
  return base.superRefine((value, ctx) => {
    const found = controls.exec(value);
    if (found !== null)
      ctx.addIssue({
        code: 'custom',
        message: `holds the control character ${codePoint(found[0])} at position ${String(found.index + 1)}`,
      });
    if (value.length > max)
      ctx.addIssue({
        code: 'custom',
        message: `is ${String(value.length)} characters long; ${what} may hold at most ${String(max)}`,
      });
  });
}

/** One line of text that names something: no control character at all, at most MAX_LABEL_LENGTH. */
export const labelText = shaped(CONTROL, MAX_LABEL_LENGTH, 'a label or alias');
/** Running text: line feeds and tabs allowed, no other control character, at most MAX_PROSE_LENGTH. */
export const proseText = shaped(CONTROL_IN_PROSE, MAX_PROSE_LENGTH, 'a description or note');
/** An attribute's value (a short fact such as a seat or a year): as prose, and may be empty. */
export const attributeText = shaped(CONTROL_IN_PROSE, MAX_PROSE_LENGTH, 'an attribute', z.string());
/** A quoted passage: as prose, up to MAX_QUOTE_LENGTH. */
export const quoteText = shaped(CONTROL_IN_PROSE, MAX_QUOTE_LENGTH, 'a quote');
