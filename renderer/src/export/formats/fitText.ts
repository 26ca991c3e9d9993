// A picture's text that must stay in its place: a legend label in its 240-pixel column. Past that room
// it ends in an ellipsis rather than running into the next column. The measure is the caller's: a canvas's measureText for the PNG, and for the
// SVG (drawn later by whatever reader opens it) the browser's measure where there is one, else a
// generous estimate of Noto Sans's widths.

/** `value`, cut at a character and ended with '…' where it is wider than `maxWidth`. */
export function ellipsize(value: string, maxWidth: number, measure: (text: string) => number): string {
  if (measure(value) <= maxWidth) return value;
  // Cut between graphemes, so an accented letter or a flag is never split from its marks.
  const characters = Array.from(
    new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(value),
    (s) => s.segment,
  );
  // The longest start that fits with its ellipsis: found by halving, since measuring is the cost.
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${characters.slice(0, mid).join('').trimEnd()}…`) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${characters.slice(0, low).join('').trimEnd()}…`;
}

/** Em widths of Noto Sans's narrow and wide characters; the rest count as an average letter. */
const NARROW = /[\s.,:;'’|!ijlft()[\]/-]/;
const WIDE = /[mwMW@%]/;
const CAPITAL = /\p{Lu}/u;

/** A width that Noto Sans (or Arial, its fallback) at `px` pixels does not exceed for ordinary text. */
export function estimateTextWidth(value: string, px: number, bold = false): number {
  let ems = 0;
  for (const c of value) ems += NARROW.test(c) ? 0.3 : WIDE.test(c) ? 0.9 : CAPITAL.test(c) ? 0.7 : 0.58;
  return ems * px * (bold ? 1.08 : 1);
}
