// Finds quotes and name mentions in a source letter and maps them back to raw offsets.
// Body text is read across page breaks with the footnote blocks cut out; each footnote is its own run.
import { letterLayout, type TextRange } from './letterLayout';
import { NormalisedBuilder, normalise, type NormalisedText } from './normalisedText';

export class SourceIndex {
  readonly normalised: NormalisedText;
  /** The same text without any hyphen: a fallback for quotes whose hyphenation differs from the PDF's. */
  private readonly hyphenless: NormalisedText;

  constructor(readonly raw: string) {
    const layout = letterLayout(raw);
    const builder = new NormalisedBuilder();
    for (const range of layout.body) builder.append(raw, range.start, range.end).append(' ');
    for (const note of layout.footnotes) builder.separator().append(raw, note.start, note.end);
    this.normalised = builder.build();
    this.hyphenless = withoutHyphens(this.normalised);
  }

  /** The raw range of the first occurrence of a quote, or null when the letter does not contain it. */
  locate(quote: string): TextRange | null {
    const needle = normalise(quote).trim();
    if (needle === '') return null;
    const at = this.normalised.text.indexOf(needle);
    if (at !== -1) return this.toRaw(at, needle.length);
    const looseNeedle = needle.replaceAll('-', '');
    const looseAt = this.hyphenless.text.indexOf(looseNeedle);
    return looseAt === -1 ? null : toRaw(this.hyphenless, looseAt, looseNeedle.length);
  }

  /** Every whole-word occurrence of a name; case-insensitive unless the name is an acronym. */
  occurrences(name: string): TextRange[] {
    const needle = normalise(name).trim();
    if (needle.length < 2) return [];
    const caseSensitive = needle === needle.toUpperCase();
    const haystack = caseSensitive ? this.normalised.text : this.normalised.text.toLowerCase();
    const target = caseSensitive ? needle : needle.toLowerCase();
    const found: TextRange[] = [];
    for (let at = haystack.indexOf(target); at !== -1; at = haystack.indexOf(target, at + 1)) {
      if (isWordEdge(haystack, at - 1) && isWordEdge(haystack, at + target.length)) {
        const range = this.toRaw(at, target.length);
        if (range !== null) found.push(range);
      }
    }
    return found;
  }

  private toRaw(at: number, length: number): TextRange | null {
    return toRaw(this.normalised, at, length);
  }
}

function toRaw(text: NormalisedText, at: number, length: number): TextRange | null {
  const first = text.rawIndex[at];
  const last = text.rawIndex[at + length - 1];
  if (first === undefined || last === undefined || first < 0 || last < 0) return null;
  return { start: first, end: last + 1 };
}

function withoutHyphens(text: NormalisedText): NormalisedText {
  const chars: string[] = [];
  const rawIndex: number[] = [];
  for (let i = 0; i < text.text.length; i += 1) {
    if (text.text.charAt(i) === '-') continue;
    chars.push(text.text.charAt(i));
    rawIndex.push(text.rawIndex[i] ?? -1);
  }
  return { text: chars.join(''), rawIndex };
}

function isWordEdge(text: string, index: number): boolean {
  const c = text.charAt(index);
  return c === '' || !/[\p{L}\p{N}]/u.test(c);
}
