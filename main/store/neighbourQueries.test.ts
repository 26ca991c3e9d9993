// Neighbours pages on a real SQLite file with hubs: paging each direction in index order and merging
// returns every relation once, in id order, and the stored total matches a plain count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeSummaryOf } from '../../shared/contract';
import type { RelationKind } from '../../shared/ontology';
import { GraphStore } from './graphStore';
import { buildHubGraph, type HubGraph } from './hubGraphFixture';
import { mergeSorted } from './neighbourQueries';

let graph: HubGraph;
let store: GraphStore;

beforeAll(() => {
  graph = buildHubGraph();
  store = new GraphStore(graph.path);
});
afterAll(() => store.close());

/** Every relation of `id` (of these kinds), by plain filtering of the dataset, in dataset order. */
function expected(id: string, kinds: readonly RelationKind[] | null): string[] {
  return graph.dataset.edges
    .filter((e) => (e.source === id || e.target === id) && (kinds === null || kinds.includes(e.kind)))
    .map((e) => e.id);
}

function pageAll(
  id: string,
  kinds: readonly RelationKind[] | null,
  limit: number,
): { ids: string[]; totals: number[] } {
  const ids: string[] = [];
  const totals: number[] = [];
  let after = 0;
  for (;;) {
    const page = store.neighbours(id, kinds, after, limit);
    if (page === null) throw new Error(`no node ${id}`);
    ids.push(...page.edges.map((e) => e.id));
    totals.push(page.total);
    const others = new Set(page.nodes.map((n) => n.id));
    expect(page.edges.every((e) => others.has(e.source === id ? e.target : e.source))).toBe(true);
    if (page.nextCursor === null) return { ids, totals };
    after = Number(page.nextCursor);
  }
}

describe('node.neighbours at scale', () => {
  it('pages a hub through every relation once, in id order, both directions merged', () => {
    for (const [id, kinds] of [
      ['n0', null],
      ['n1', null],
      ['n0', ['part-of']],
      ['n1', ['member-of', 'cooperates-with']],
      ['n7', null],
    ] as const) {
      const want = expected(id, kinds);
      const { ids, totals } = pageAll(id, kinds, 97);
      expect(ids).toEqual(want);
      expect(new Set(totals)).toEqual(new Set([want.length]));
    }
  });

  it('pages an ordinary node from its adjacency the same way: every relation once, in id order, with both ends and codes', () => {
    for (const id of ['n2', 'n3', 'n4', 'n7', 'n1234', 'n2599'])
      for (const kinds of [null, ['part-of'], ['member-of', 'cooperates-with']] as const) {
        const want = expected(id, kinds);
        const { ids, totals } = pageAll(id, kinds, 2);
        expect(ids).toEqual(want);
        expect(new Set(totals)).toEqual(new Set([want.length]));
      }
    // Kind, status and provenance come from the codes, ends from the page's own nodes: as the rows state them.
    const page = store.neighbours('n3', null, 0, 200);
    for (const e of page?.edges ?? []) {
      const { citations, ...row } = store.edge(e.id) ?? { citations: null };
      expect([e, citations === null]).toEqual([row, false]);
    }
    for (const n of page?.nodes ?? []) {
      const detail = store.node(n.id);
      expect(detail === null ? null : n).toEqual(detail === null ? 'a node' : nodeSummaryOf(detail));
    }
  });

  it('has hubs above the ego threshold, so the paging above crossed many pages', () => {
    expect(expected('n0', null).length).toBeGreaterThan(2000);
    expect(store.node('n0')?.degree).toBe(expected('n0', null).length);
  });

  it('merges two ascending lists, keeping the first `limit`', () => {
    expect(mergeSorted([1, 4, 9], [2, 3, 10], 4)).toEqual([1, 2, 3, 4]);
    expect(mergeSorted([], [5], 3)).toEqual([5]);
    expect(mergeSorted([1, 2], [], 0)).toEqual([]);
  });
});
