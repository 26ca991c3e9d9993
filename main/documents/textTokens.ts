// Words of a text, folded for matching (lowercase, no diacritics, ligatures opened), each with its
// range in the original text: the offset map back from what is matched to what the viewer shows.
// A word split by a hyphen at a line or page break ("Euro-\npol") is joined into one word, its range
// covering both halves; a soft hyphen inside a word is ignored.

export interface Token {
  /** Folded form: what names are matched against. */
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** Every letter of the original is a capital (an acronym such as "OM" or "JIT"). */
  readonly isUpper: boolean;
  /**
   * For a word joined across a line-break hyphen: its first half, which may end a name on its own
   * ("Europol-\nsamenwerking" still mentions Europol).
   */
  readonly head?: { readonly word: string; readonly end: number };
}

const WORD = /[\p{L}\p{N}]+/gu;
/** What may sit between the halves of a word broken at the end of a line or page. */
const BREAK_HYPHEN = /^[-\u2010\u00ad][ \t]*[\n\f]+[ \t]*$/;
/** A soft hyphen marks where a word may break, wherever it sits: the word goes on after it. */
const SOFT_HYPHEN = /^\u00ad\s*$/;

export function fold(text: string): string {
  // Most words are plain ASCII: lowercasing is all they need (this runs for every word of a long PDF).
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\u00ad]+/gu, '')
    .toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const raw = match[0];
    const end = start + raw.length;
    const previous = tokens.at(-1);
    if (previous !== undefined && joins(text, previous.end, start, raw)) {
      tokens[tokens.length - 1] = {
        word: previous.word + fold(raw),
        start: previous.start,
        end,
        isUpper: false,
        head: { word: previous.word, end: previous.end },
      };
      continue;
    }
    const word = fold(raw);
    if (word === '') continue;
    tokens.push({ word, start, end, isUpper: isUpper(raw) });
  }
  return tokens;
}

/** Folded words of a name, as names are matched: "Noord-Afrika" and "Noord Afrika" are the same words. */
export function nameWords(name: string): string[] {
  // Most names are plain ASCII: a split is all they need (a dataset of 10^5 nodes has 3·10^5 names).
  if (/^[\x20-\x7e]*$/.test(name))
    return name
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== '');
  return Array.from(name.matchAll(WORD), (m) => fold(m[0])).filter((w) => w !== '');
}

/**
 * Whether a word continues the previous one across a line-break hyphen (when it goes on in lower
 * case) or a soft hyphen. The first character is checked before any slicing: this is the hot path.
 */
function joins(text: string, end: number, next: number, word: string): boolean {
  const c = text.charCodeAt(end);
  if (c !== 0x2d && c !== 0x2010 && c !== 0xad) return false;
  const gap = text.slice(end, Math.min(next, end + 40));
  return SOFT_HYPHEN.test(gap) || (BREAK_HYPHEN.test(gap) && startsLower(word));
}

function startsLower(word: string): boolean {
  return /^\p{Ll}/u.test(word);
}

function isUpper(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}
