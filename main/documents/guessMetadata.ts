// Guesses for what a file does not state: Dutch or English from its commonest words, and a kind
// from its title. Both are only a start: the user corrects them in the document's details.
import type { DocumentKind, Language } from '../../shared/contract';

const NL = new Set(['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'voor', 'met', 'niet', 'zijn', 'wordt', 'ook']);
const EN = new Set(['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'not', 'are', 'be', 'this', 'on', 'by']);

/** Looks at the first 20,000 characters: enough words to tell, and quick on a long document. */
export function guessLanguage(text: string): Language | null {
  let nl = 0;
  let en = 0;
  for (const word of text
    .slice(0, 20_000)
    .toLowerCase()
    .split(/[^\p{L}]+/u)) {
    if (NL.has(word)) nl += 1;
    if (EN.has(word)) en += 1;
  }
  if (nl + en < 5) return null;
  if (nl >= 2 * en) return 'nl';
  if (en >= 2 * nl) return 'en';
  return null;
}

const KIND_CUES: readonly (readonly [RegExp, DocumentKind])[] = [
  [/\b(raads?conclusies|council conclusions|conclusions)\b/i, 'council-conclusions'],
  [/\b(verdrag|treaty|convention|overeenkomst|agreement)\b/i, 'treaty'],
  [/\b(evaluatie|evaluation|review)\b/i, 'evaluation'],
  [/\b(kamerbrief|brief|letter)\b/i, 'letter'],
  [/\b(verordening|richtlijn|regulation|directive|besluit|decision|wet)\b/i, 'legislation'],
  [/\b(rapport|report|verslag|jaarverslag)\b/i, 'report'],
  [/\b(notitie|nota|memo|note)\b/i, 'note'],
];

export function guessKind(title: string): DocumentKind {
  return KIND_CUES.find(([cue]) => cue.test(title))?.[1] ?? 'other';
}
