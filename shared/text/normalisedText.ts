// Text as a reader sees it, with a map back to raw offsets: line breaks become spaces, line-break
// hyphenation is repaired ("georgani-\nseerde" → "georganiseerde", but "Noord-\nAfrika" keeps its
// hyphen, and so does "informatie-\nuitwisseling", where Dutch spelling needs it between two vowels
// that would otherwise read as one sound), footnote markers glued to words are dropped
// ("Landenbeleid4" → "Landenbeleid").

export interface NormalisedText {
  readonly text: string;
  /** rawIndex[i] is the raw offset of text[i]; -1 for separators that stand for no raw character. */
  readonly rawIndex: readonly number[];
}

const SPACE = /\s/;
const LOWER = /\p{Ll}/u;
const MARKER_BEFORE = /[\p{L}’»”)]/u;
const MARKER_AFTER = /[\s.,;:)»’”]/;
/** Vowel pairs that Dutch separates with a hyphen in compounds (klinkerbotsing): "informatie-uitwisseling". */
const VOWEL_CLASH = new Set(['aa', 'ae', 'ai', 'au', 'ee', 'ei', 'eu', 'ie', 'ii', 'oe', 'oi', 'oo', 'ou', 'ui', 'uu']);

export class NormalisedBuilder {
  private readonly chars: string[] = [];
  private readonly indices: number[] = [];

  /** Appends raw[start, end) in normalised form. */
  append(raw: string, start = 0, end = raw.length): this {
    let i = start;
    while (i < end) {
      const c = raw.charAt(i);
      if (SPACE.test(c)) {
        i = this.space(raw, i, end);
      } else if (c === '-' && lineBreakFollows(raw, i + 1, end)) {
        i = this.hyphen(raw, i, end);
      } else if (/\d/.test(c) && isFootnoteMarker(raw, i, end)) {
        while (i < end && /\d/.test(raw.charAt(i))) i += 1;
      } else {
        this.push(c, i);
        i += 1;
      }
    }
    return this;
  }

  /** A separator no quote may cross (between footnotes, between body and notes). */
  separator(): this {
    this.push('\n', -1);
    return this;
  }

  build(): NormalisedText {
    while (this.chars.at(-1) === ' ') {
      this.chars.pop();
      this.indices.pop();
    }
    return { text: this.chars.join(''), rawIndex: this.indices };
  }

  private push(c: string, rawIndex: number): void {
    this.chars.push(c);
    this.indices.push(rawIndex);
  }

  private space(raw: string, i: number, end: number): number {
    let j = i;
    while (j < end && SPACE.test(raw.charAt(j))) j += 1;
    const last = this.chars.at(-1);
    if (last !== undefined && last !== ' ' && last !== '\n') this.push(' ', i);
    return j;
  }

  private hyphen(raw: string, i: number, end: number): number {
    let j = i + 1;
    while (j < end && SPACE.test(raw.charAt(j))) j += 1;
    const next = raw.charAt(j);
    const previous = this.chars.at(-1) ?? '';
    // A lowercase continuation is a word split by the line break, unless the hyphen separates two
    // vowels that would merge; anything else (a capital, a digit) keeps the hyphen.
    const clash = VOWEL_CLASH.has((previous + next).toLowerCase());
    if (!LOWER.test(next) || clash) this.push('-', i);
    return j;
  }
}

function lineBreakFollows(raw: string, from: number, end: number): boolean {
  let j = from;
  while (j < end && (raw.charAt(j) === ' ' || raw.charAt(j) === '\t')) j += 1;
  return raw.charAt(j) === '\n' || raw.charAt(j) === '\r';
}

function isFootnoteMarker(raw: string, i: number, end: number): boolean {
  if (i === 0 || !MARKER_BEFORE.test(raw.charAt(i - 1))) return false;
  let j = i;
  while (j < end && /\d/.test(raw.charAt(j))) j += 1;
  if (j - i > 2) return false;
  return j >= end || MARKER_AFTER.test(raw.charAt(j));
}

export function normalise(text: string): string {
  return new NormalisedBuilder().append(text).build().text;
}
