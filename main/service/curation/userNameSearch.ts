// Name search over the user's own nodes: as you type (a label or alias starts with the text, or has a
// word that does) and near spellings (each typed word within a few edits of a word of one name), both
// diacritics-blind like the bundle's search. The user's nodes are few, so they are scanned.
import { distance } from 'fastest-levenshtein';
import type { SearchHit } from '../../../shared/contract';
import { foldForMatch } from '../../store/ftsQuery';
import { allowedEdits, nameWords } from '../../store/nameIndex';
import type { UserNodeRecord } from '../../../shared/contract';
import { userNodeSummary, type UserGraph } from './userGraph';

const namesOf = (node: UserNodeRecord): string[] => [
  node.label.nl,
  ...(node.label.en === null ? [] : [node.label.en]),
  ...node.aliases,
];

export function suggestUserNodes(view: UserGraph, text: string): SearchHit[] {
  const typed = foldForMatch(text.trim());
  const hits: SearchHit[] = [];
  for (const node of view.nodes.values()) {
    const matched = namesOf(node).find((name) => {
      const folded = foldForMatch(name);
      return folded.startsWith(typed) || nameWords(name).some((word) => word.startsWith(typed));
    });
    if (matched !== undefined) hits.push({ node: userNodeSummary(view, node), matched });
  }
  return hits;
}

/** User nodes one of whose names holds every typed word within its allowed edits, closest first. */
export function nearUserNodes(view: UserGraph, text: string): SearchHit[] {
  const typed = nameWords(text);
  if (typed.length === 0) return [];
  const hits: { hit: SearchHit; edits: number }[] = [];
  for (const node of view.nodes.values()) {
    let best: { name: string; edits: number } | null = null;
    for (const name of namesOf(node)) {
      const words = nameWords(name);
      let edits = 0;
      for (const word of typed) {
        const closest = Math.min(...words.map((w) => distance(word, w)));
        if (closest > allowedEdits(word.length)) {
          edits = Number.POSITIVE_INFINITY;
          break;
        }
        edits += closest;
      }
      if (edits !== Number.POSITIVE_INFINITY && (best === null || edits < best.edits)) best = { name, edits };
    }
    if (best !== null) hits.push({ hit: { node: userNodeSummary(view, node), matched: best.name }, edits: best.edits });
  }
  return hits.sort((a, b) => a.edits - b.edits).map((h) => h.hit);
}
