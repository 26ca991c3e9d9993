// Orders a relation's citations for one hop of a path: the quote that names both ends of the hop
// comes first, then one that names one end, then the rest, each group in dataset order. A path's
// hop must quote the sentence that states it, and the first citation listed is the one shown.
import type { Citation } from '../../../shared/contract';

/** Lowercase without diacritics, so "Curacao" in a quote still names Curaçao. */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Whether `name` occurs in `text` as a whole word or phrase (so "EU" is not found inside "Europol"). */
function mentions(text: string, name: string): boolean {
  if (name.length === 0) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + name.length])) return true;
  }
  return false;
}

/** How many of the two ends (each given by all its names) a quote names: 0, 1 or 2. */
export function endsNamed(quote: string, ends: readonly (readonly string[])[]): number {
  const text = fold(quote);
  return ends.filter((names) => names.some((name) => mentions(text, fold(name)))).length;
}

/** The citations, best-matching first for a hop between nodes with these names; stable otherwise. */
export function rankCitations(
  citations: readonly Citation[],
  fromNames: readonly string[],
  toNames: readonly string[],
): Citation[] {
  const scored = citations.map((citation, index) => ({
    citation,
    index,
    score: endsNamed(citation.quote, [fromNames, toNames]),
  }));
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.citation);
}
