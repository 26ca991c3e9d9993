// Neighbours by degree on a real SQLite file with hubs: a hub's "most connected first" pages return
// every relation once, the other ends in falling degree, and nodes of a kind come back by degree too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphStore } from './graphStore';
import { buildHubGraph, type HubGraph } from './hubGraphFixture';

let graph: HubGraph;
let store: GraphStore;

beforeAll(() => {
  graph = buildHubGraph();
  store = new GraphStore(graph.path);
});
afterAll(() => store.close());

/** The degree of each node, counted from the dataset by plain code. */
function degrees(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of graph.dataset.edges)
    for (const end of new Set([e.source, e.target])) counts.set(end, (counts.get(end) ?? 0) + 1);
  return counts;
}

describe('node.neighbours ordered by degree', () => {
  it('pages a hub most connected first, each relation once', () => {
    const degree = degrees();
    const seen: string[] = [];
    const otherDegrees: number[] = [];
    let after = 0;
    for (;;) {
      const page = store.neighbours('n1', null, after, 250, 'degree');
      if (page === null) throw new Error('no hub');
      for (const e of page.edges) seen.push(e.id);
      if (page.nextCursor === null) break;
      after = Number(page.nextCursor);
    }
    const incident = graph.dataset.edges.filter((e) => e.source === 'n1' || e.target === 'n1');
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(new Set(incident.map((e) => e.id)));
    const byId = new Map(incident.map((e) => [e.id, e]));
    for (const id of seen) {
      const e = byId.get(id);
      if (e !== undefined) otherDegrees.push(degree.get(e.source === 'n1' ? e.target : e.source) ?? 0);
    }
    expect(otherDegrees).toEqual([...otherDegrees].sort((a, b) => b - a));
    expect(otherDegrees[0]).toBe(degree.get('n0'));
  });

  it('gives the node kinds their most connected nodes first', () => {
    const ids = store.explorer.idsOfKinds(['national-organisation'], 3, 'degree');
    const top = [...degrees().entries()].sort((a, b) => b[1] - a[1]).slice(0, 2);
    expect(ids.slice(0, 2)).toEqual(top.map(([id]) => id));
  });
});
