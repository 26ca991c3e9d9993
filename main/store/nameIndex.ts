// Near spellings for a search that found nothing: every label and alias (whole, and word by word),
// folded like FTS5 folds them, behind a trigram index that picks candidates, ranked by edit distance.
// FTS5 matches prefixes only, so "Europool" or "Enschde" would otherwise just say "no results".
import { distance } from 'fastest-levenshtein';
import { foldForMatch } from './ftsQuery';

export interface NamedNode {
  readonly id: string;
  readonly names: readonly string[];
}

export interface NearMatch {
  readonly id: string;
  /** The label or alias that is spelled closest to what was typed. */
  readonly name: string;
  readonly distance: number;
}

interface Key {
  readonly node: number;
  readonly name: string;
  readonly folded: string;
}

/** Candidates measured per query: enough to find the close ones, bounded on a very large dataset. */
const CANDIDATES = 300;

/** How many edits a near spelling may need: one for short words, more for longer ones. */
export function allowedEdits(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  return grams;
}

export class NameIndex {
  private readonly keys: Key[] = [];
  private readonly postings = new Map<string, number[]>();

  constructor(private readonly nodes: readonly NamedNode[]) {
    nodes.forEach((node, index) => {
      const seen = new Set<string>();
      for (const name of node.names) {
        const folded = foldForMatch(name).trim();
        const words = folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
        for (const key of [folded, ...words]) {
          if (key === '' || seen.has(key)) continue;
          seen.add(key);
          this.add({ node: index, name, folded: key });
        }
      }
    });
  }

  private add(key: Key): void {
    const at = this.keys.push(key) - 1;
    for (const gram of trigrams(key.folded)) {
      const list = this.postings.get(gram);
      if (list === undefined) this.postings.set(gram, [at]);
      else list.push(at);
    }
  }

  /** Nodes whose label or alias (or a word of one) is within a few edits of `text`, closest first. */
  nearby(text: string, limit: number): NearMatch[] {
    const query = foldForMatch(text).trim().replace(/\s+/g, ' ');
    if (query.length < 2) return [];
    const shared = new Map<number, number>();
    for (const gram of trigrams(query))
      for (const at of this.postings.get(gram) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
    const candidates = [...shared.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES);
    const best = new Map<number, NearMatch & { shared: number }>();
    const allowed = allowedEdits(query.length);
    for (const [at, count] of candidates) {
      const key = this.keys[at];
      if (key === undefined) continue;
      const edits = distance(query, key.folded);
      if (edits === 0 || edits > allowed) continue;
      const node = this.nodes[key.node];
      const previous = best.get(key.node);
      if (node !== undefined && (previous === undefined || edits < previous.distance))
        best.set(key.node, { id: node.id, name: key.name, distance: edits, shared: count });
    }
    return [...best.values()]
      .sort((a, b) => a.distance - b.distance || b.shared - a.shared || a.name.localeCompare(b.name))
      .slice(0, limit)
      .map(({ id, name, distance: edits }) => ({ id, name, distance: edits }));
  }
}
