// Finds the quotes that speak of time ("sinds 2002", "vorig jaar", "per 1 januari 2020", "in 2018
// herzien", "de komende periode") on elements that carry no date and no written reason (timeNote)
// why not. The build prints this list and a test keeps it empty: time in a quote is data, not prose.
import type { Located } from './loadDataset';

/** Dutch time cues, tuned to the letter: each names what it catches, for the build's list. */
export const TIME_CUES: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  // A year, but not inside a parliamentary reference ("Handelingen II 2018/19"), which dates a paper, not a fact.
  { name: 'year', pattern: /(?<!Handelingen II )\b(?:19|20)\d{2}\b(?!\/\d{2})/ },
  { name: 'sinds', pattern: /\bsinds(?:dien)?\b/i },
  { name: 'vorig jaar', pattern: /\bvorig(?:e)? (?:jaar|maand|week)\b/i },
  {
    name: 'afgelopen … jaar',
    pattern: /\b(?:afgelopen|laatste|voorbije)\b(?:\s+\S+){0,2}?\s+(?:jaar|jaren|periode|maanden)\b/i,
  },
  {
    name: 'per datum',
    pattern: /\bper 1 (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/i,
  },
  { name: 'herzien', pattern: /\bherzien(?:e|ing)?\b/i },
  { name: 'komende periode', pattern: /\b(?:de|het) komende (?:periode|jaren|jaar|tijd|maanden)\b/i },
  { name: 'dit jaar', pattern: /\b(?:eind(?:e)? (?:van )?)?dit jaar\b/i },
  { name: 'thans', pattern: /\bthans\b/i },
  { name: 'inmiddels', pattern: /\binmiddels\b/i },
  { name: 'voorheen', pattern: /\b(?:voorheen|voortaan|destijds|binnenkort)\b/i },
  { name: 'tot', pattern: /\btot (?:en met )?(?:(?:19|20)\d{2}|nu toe|op heden|dan toe)\b/i },
  { name: 'jl.', pattern: /\bjl\./i },
];

/** The names of the cues this quote contains, in TIME_CUES order. */
export function timeCuesIn(quote: string): string[] {
  return TIME_CUES.filter((cue) => cue.pattern.test(quote)).map((cue) => cue.name);
}

export interface UndatedTimeCue {
  readonly file: string;
  readonly entry: string;
  readonly quote: string;
  readonly cues: readonly string[];
}

/** What the lister reads of a node or relation entry. */
export interface Datable {
  readonly id: string;
  readonly dates: Readonly<Record<string, unknown>>;
  readonly timeNote?: string | undefined;
  readonly citations: readonly { readonly quote: string }[];
}

/** Every quote with a time cue whose node or relation has no date and no timeNote, in file order. */
export function undatedTimeCues(loaded: {
  readonly nodes: readonly Located<Datable>[];
  readonly relations: readonly Located<Datable>[];
}): UndatedTimeCue[] {
  const entries = [...loaded.nodes, ...loaded.relations];
  return entries.flatMap(({ file, entry }) => {
    if (Object.keys(entry.dates).length > 0 || entry.timeNote !== undefined) return [];
    return entry.citations.flatMap(({ quote }) => {
      const cues = timeCuesIn(quote);
      return cues.length === 0 ? [] : [{ file, entry: entry.id, quote, cues }];
    });
  });
}

/** One line per entry, for the build's output and the test's failure message. */
export function describeUndatedTimeCues(list: readonly UndatedTimeCue[]): string {
  return list.map((u) => `  ${u.file}: ${u.entry}: [${u.cues.join(', ')}] "${u.quote}"`).join('\n');
}
