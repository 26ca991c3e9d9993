// Builds a safe FTS5 MATCH expression from what a user typed: every word must match,
// the last one as a prefix (suggest-as-you-type). User text never reaches FTS syntax unquoted.

export function toPrefixMatch(text: string): string | null {
  const words = queryWords(text);
  if (words.length === 0) return null;
  return words.map((w, i) => `${quoted(w)}${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/** The words of a typed query, at most eight, split as the tokenizer splits. */
const queryWords = (text: string): string[] =>
  text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);

const quoted = (word: string): string => `"${word.replaceAll('"', '""')}"`;

/** `text` as an FTS5 query whose last word is any of `lastTerms` (whole terms, not prefixes). */
export function toTermsMatch(text: string, lastTerms: readonly string[]): string | null {
  const words = queryWords(text);
  if (words.length === 0 || lastTerms.length === 0) return null;
  const leading = words.slice(0, -1).map(quoted);
  // FTS5 takes no implicit AND before a parenthesised group: every word is joined explicitly.
  return [...leading, `(${lastTerms.map(quoted).join(' OR ')})`].join(' AND ');
}

/** Lowercase and strip diacritics, the way FTS5's unicode61 remove_diacritics tokenizer sees text. */
export function foldForMatch(text: string): string {
  // Most names are plain ASCII: lowercasing is all they need, and search folds hundreds per keystroke.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
