// Finds every occurrence of every node's labels and aliases in a text: a trie over the names' folded
// words, walked from each word of the text, leftmost-longest (so "Europol Cybercrime Centrum" is one
// mention, not also "Europol"). Whole words only, so "Europolitie" is no mention of Europol.
// Case-insensitive, with one exception kept from the bundle's own mention finder: a short all-caps
// name (an acronym: "OM", "JIT") matches only capitals, so the Dutch word "om" is not the Openbaar
// Ministerie. Built once per dataset; matching is linear in the text's words.
import { nameWords, tokenize, type Token } from './textTokens';

export interface NamedNode {
  readonly id: string;
  /** Labels first: where two nodes share a name, the one whose label it is wins over an alias. */
  readonly names: readonly string[];
}

export interface FoundMention {
  readonly nodeId: string;
  readonly start: number;
  readonly end: number;
}

interface Accept {
  readonly nodeId: string;
  readonly acronym: boolean;
  /** Lower wins: 0 for a label, 1 for an alias. */
  readonly rank: number;
}

interface TrieNode {
  /** Created on the first child: most nodes are the last word of a name and have none. */
  next: Map<string, TrieNode> | null;
  accept: Accept[];
}

const ACRONYM_MAX = 5;

export class MentionIndex {
  private readonly root: TrieNode = { next: new Map(), accept: [] };
  private nameCount = 0;

  constructor(nodes: readonly NamedNode[], labelCount = 2) {
    for (const node of nodes) {
      node.names.forEach((name, i) => {
        this.add(name, { nodeId: node.id, acronym: isAcronym(name), rank: i < labelCount ? 0 : 1 });
      });
    }
  }

  /** Distinct (name, node) pairs indexed: for the bench. */
  get size(): number {
    return this.nameCount;
  }

  find(text: string): FoundMention[] {
    const tokens = tokenize(text);
    const found: FoundMention[] = [];
    let i = 0;
    while (i < tokens.length) {
      const best = this.longestAt(tokens, i);
      const first = tokens[i];
      if (best === null || first === undefined) {
        i += 1;
        continue;
      }
      found.push({ nodeId: best.nodeId, start: first.start, end: best.end });
      i = best.next;
    }
    return found;
  }

  /** The longest name starting at token i: its node, where it ends, and the token after it. */
  private longestAt(tokens: readonly Token[], i: number): { nodeId: string; end: number; next: number } | null {
    let node: TrieNode | undefined = this.root;
    let upper = true;
    let best: { nodeId: string; end: number; next: number } | null = null;
    for (let j = i; j < tokens.length && node !== undefined; j += 1) {
      const token: Token | undefined = tokens[j];
      if (token === undefined) break;
      // A joined word's first half may end a name here, the second half being the rest of a compound.
      const head = token.head === undefined ? undefined : node.next?.get(token.head.word);
      const headAccept = head === undefined ? undefined : pick(head, upper && token.isUpper);
      if (headAccept !== undefined && token.head !== undefined)
        best = { nodeId: headAccept.nodeId, end: token.head.end, next: j + 1 };
      upper = upper && token.isUpper;
      node = node.next?.get(token.word);
      const accept = node === undefined ? undefined : pick(node, upper);
      if (accept !== undefined) best = { nodeId: accept.nodeId, end: token.end, next: j + 1 };
    }
    return best;
  }

  private add(name: string, accept: Accept): void {
    const words = nameWords(name);
    if (words.length === 0 || words.join('').length < 2) return;
    this.insert(words, accept);
    // A hyphenated name broken at the hyphen by a line break reads as one word: "informatie-\nuitwisseling".
    if (words.length > 1 && /[-\u2010]/.test(name)) this.insert([words.join('')], accept);
  }

  private insert(words: readonly string[], accept: Accept): void {
    let node = this.root;
    for (const word of words) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (child === undefined) {
        child = { next: null, accept: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    if (node.accept.some((a) => a.nodeId === accept.nodeId && a.acronym === accept.acronym)) return;
    node.accept.push(accept);
    // Where names collide, a label beats an alias, then non-acronym first, then the lower id: deterministic.
    if (node.accept.length > 1) node.accept.sort(byPriority);
    this.nameCount += 1;
  }
}

function byPriority(a: Accept, b: Accept): number {
  return a.rank - b.rank || Number(a.acronym) - Number(b.acronym) || (a.nodeId < b.nodeId ? -1 : 1);
}

function isAcronym(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= ACRONYM_MAX && letters === letters.toUpperCase();
}

function pick(node: TrieNode, upper: boolean): Accept | undefined {
  return node.accept.find((a) => !a.acronym || upper);
}
