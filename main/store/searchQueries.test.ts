// Name search on a real SQLite file with thousands of names sharing prefixes: the prefix table gives
// what ranking every name would give, longer text still puts the best-connected match first, and
// near spellings come from the compile-time vocabulary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphStore } from './graphStore';
import { buildHubGraph, type HubGraph } from './hubGraphFixture';
import { prefixTier } from './nameIndex';

let graph: HubGraph;
let store: GraphStore;

beforeAll(() => {
  graph = buildHubGraph();
  store = new GraphStore(graph.path);
});
afterAll(() => store.close());

/** The ranking by brute force: best tier over all names, then degree, then dataset order. */
function rankedByHand(prefix: string, limit: number): string[] {
  const degree = new Map<string, number>();
  for (const e of graph.dataset.edges)
    for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return graph.dataset.nodes
    .map((n, index) => {
      const tiers = [n.label.nl, n.label.en, ...n.aliases].map((name) => prefixTier(name, prefix));
      const tier = Math.min(...tiers.map((t) => t ?? 9));
      return { id: n.id, index, tier, degree: degree.get(n.id) ?? 0 };
    })
    .filter((n) => n.tier < 9)
    .sort((a, b) => a.tier - b.tier || b.degree - a.degree || a.index - b.index)
    .slice(0, limit)
    .map((n) => n.id);
}

describe('search.suggest at scale', () => {
  it('answers one to three letters from the prefix table exactly as ranking every name would', () => {
    for (const prefix of ['p', 'po', 'pol', 'm', 'mü', 'k', 'cu', 'ee']) {
      const hits = store.suggest(prefix, 12);
      expect(hits.map((h) => h.node.id)).toEqual(rankedByHand(prefix.normalize('NFD').replace(/\p{M}/gu, ''), 12));
      for (const hit of hits) expect(prefixTier(hit.matched, prefix.replace('ü', 'u'))).not.toBeNull();
    }
  });

  it('puts the best-connected name first for a word that most names share', () => {
    const hits = store.suggest('politie', 12);
    expect(hits[0]).toMatchObject({ node: { id: 'n0' }, matched: 'Politie Nederland' });
    expect(hits).toHaveLength(12);
    expect(store.suggest('nationale pol', 5)[0]?.node.id).toBe('n0');
    expect(store.suggest('kmar', 5)[0]).toMatchObject({ node: { id: 'n1' }, matched: 'KMar' });
  });

  it('completes a typed word of four letters or more from the vocabulary, diacritics and descriptions included', () => {
    // Past FTS5's 1–3 letter prefix indexes the last word becomes an OR of the vocabulary's completions.
    expect(store.suggest('polit', 12)[0]).toMatchObject({ node: { id: 'n0' }, matched: 'Politie Nederland' });
    expect(store.suggest('politiezo', 5).map((h) => h.matched)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Politiezone Eenheid \d+$/)]),
    );
    expect(store.suggest('munst', 5)[0]?.matched).toMatch(/^Münster \d+$/);
    expect(store.suggest('eenheid 1234', 5).map((h) => h.node.id)).toContain('n1234');
    // Several completions after a leading word: the OR group is joined by an explicit AND.
    expect(store.suggest('politiezone eenh', 5)[0]?.matched).toMatch(/^Politiezone Eenheid \d+$/);
    // A word only descriptions hold is no name word: FTS5's own prefix query still finds it.
    expect(store.suggest('testkn', 5)).toHaveLength(5);
  });

  it('finds near spellings word by word from the vocabulary, naming the name meant', () => {
    expect(store.search.nearby('Polietie', 3)[0]).toEqual(expect.objectContaining({ name: 'Politie Nederland' }));
    expect(store.search.nearby('Polietie', 3)[0]?.node.id).toBe('n0');
    expect(store.search.nearby('marechausee', 3)[0]?.node.id).toBe('n1');
    expect(store.search.nearby('curacao kustwaht', 3).map((h) => h.node.id)).toEqual(['n2']);
    expect(store.search.nearby('zzqqxx', 3)).toEqual([]);
  });
});
