// The pure side of name search, shared by the bundle writer (which stores its tables at compile
// time) and the queries that read them: how names fold into words, which prefixes and trigrams a
// word has, how many edits a near spelling may need, and which of a node's names was meant.
import { distance } from 'fastest-levenshtein';
import { foldForMatch } from './ftsQuery';

/** Prefixes of this many letters (1–3) are answered from the precomputed top-k table. */
export const MAX_TABLE_PREFIX = 3;

/** Words as FTS5's unicode61 tokenizer sees them: folded, split on anything but letters and digits. */
export function nameWords(name: string): string[] {
  return foldForMatch(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** How many edits a near spelling may need: one for short words, more for longer ones. */
export function allowedEdits(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/** Trigrams of a word padded like the q-gram lemma wants: each edit changes at most three of them. */
export function trigrams(word: string): string[] {
  const padded = `  ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  return [...grams];
}

/**
 * Trigrams a word within `edits` of `word` must still share with it (q-gram lemma): candidates
 * sharing fewer cannot be near, so they are never read. 0 for short words with many edits allowed
 * ("ae" and "be" share none): then only the length bounds the candidates.
 */
export function sharedTrigramsNeeded(word: string, edits: number): number {
  return Math.max(0, trigrams(word).length - 3 * edits);
}

/** Tier of a name for a typed prefix: 0 the whole name, 1 the name starts with it, 2 one of its words does. */
export function prefixTier(name: string, prefix: string): 0 | 1 | 2 | null {
  const folded = foldForMatch(name).trim();
  if (folded === prefix) return 0;
  if (folded.startsWith(prefix)) return 1;
  return nameWords(name).some((w) => w.startsWith(prefix)) ? 2 : null;
}

/** Every prefix (1–3 letters) of every word of these names, each with the best tier and the name giving it. */
export function namePrefixes(names: readonly string[]): Map<string, { tier: 0 | 1 | 2; name: string }> {
  const best = new Map<string, { tier: 0 | 1 | 2; name: string }>();
  for (const name of names) {
    // Folded once per name (this runs for every name of a 100k-node dataset at compile time); the
    // prefix comes from one of the name's words, so its tier is 2 at worst (as prefixTier says).
    const folded = foldForMatch(name).trim();
    for (const word of nameWords(name))
      for (let n = 1; n <= Math.min(MAX_TABLE_PREFIX, word.length); n += 1) {
        const prefix = word.slice(0, n);
        const tier = folded === prefix ? 0 : folded.startsWith(prefix) ? 1 : 2;
        const previous = best.get(prefix);
        if (previous === undefined || tier < previous.tier) best.set(prefix, { tier, name });
      }
  }
  return best;
}

/** The name of a node that is spelled closest to what was typed (folded), for "did you mean …". */
export function closestName(names: readonly string[], typed: string): { name: string; distance: number } {
  const query = foldForMatch(typed).trim().replace(/\s+/g, ' ');
  let best = { name: names[0] ?? '', distance: Number.POSITIVE_INFINITY };
  for (const name of names) {
    const folded = foldForMatch(name).trim();
    // A typed word may match one word of a long name: measure against the whole name and each word.
    const edits = Math.min(distance(query, folded), ...nameWords(name).map((w) => distance(query, w)));
    if (edits < best.distance) best = { name, distance: edits };
  }
  return best;
}

/** The word the prefix table is keyed by, or null when the text is not one word of 1–3 letters. */
export function tablePrefix(text: string): string | null {
  const words = nameWords(text);
  const [word] = words;
  return words.length === 1 && word !== undefined && word.length <= MAX_TABLE_PREFIX ? word : null;
}
