// node.ego on a real SQLite file with two joined hubs: the bounded search finds exactly what a plain
// breadth-first search over the dataset finds, and the relations among the nodes, hub to hub included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphStore } from '../../store/graphStore';
import { buildHubGraph, type HubGraph } from '../../store/hubGraphFixture';
import { egoNetwork } from './egoNetwork';

let graph: HubGraph;
let store: GraphStore;

beforeAll(() => {
  graph = buildHubGraph();
  store = new GraphStore(graph.path);
});
afterAll(() => store.close());

function plainBfs(centre: string, depth: number): Set<string> {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string): void => {
    const list = adjacent.get(a);
    if (list === undefined) adjacent.set(a, [b]);
    else list.push(b);
  };
  for (const e of graph.dataset.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const reached = new Set([centre]);
  let frontier = [centre];
  for (let hop = 0; hop < depth; hop += 1) {
    frontier = frontier.flatMap((n) => (adjacent.get(n) ?? []).filter((m) => !reached.has(m) && reached.add(m)));
  }
  return reached;
}

const edgesAmong = (ids: ReadonlySet<string>): string[] =>
  graph.dataset.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => e.id);

describe('node.ego at scale', () => {
  it('finds what a plain breadth-first search finds, with every relation among the nodes', () => {
    for (const [centre, depth] of [
      ['n7', 1],
      ['n7', 2],
      ['n0', 1],
      ['n2', 2],
    ] as const) {
      const want = plainBfs(centre, depth);
      const ego = egoNetwork(store, centre, depth, 5000);
      expect(new Set(ego.nodes.map((n) => n.id))).toEqual(want);
      expect(ego.edges.map((e) => e.id).sort()).toEqual(edgesAmong(want).sort());
      expect(ego.truncated).toBe(false);
    }
  });

  it('stops at the node cap, says so, and returns a connected sample of at most as many relations among what it kept', () => {
    const ego = egoNetwork(store, 'n7', 2, 1000);
    const ids = new Set(ego.nodes.map((n) => n.id));
    expect([ids.size, ego.truncated]).toEqual([1000, true]);
    const within = plainBfs('n7', 2);
    for (const id of ids) expect(within.has(id)).toBe(true);
    const among = new Set(edgesAmong(ids));
    expect(among.size).toBeGreaterThan(1000);
    expect(ego.edges.length).toBe(1000);
    for (const e of ego.edges) expect(among.has(e.id)).toBe(true);
    // Every kept node is reached from the centre over the returned relations: the drawing is one piece.
    const linked = new Set(['n7']);
    for (let grew = true; grew;) {
      grew = false;
      for (const e of ego.edges)
        if (linked.has(e.source) !== linked.has(e.target)) {
          linked.add(linked.has(e.source) ? e.target : e.source);
          grew = true;
        }
    }
    expect(linked).toEqual(ids);
  });

  it('reads kind, status, provenance and ends from the adjacency as the relation rows state them', () => {
    const ego = egoNetwork(store, 'n2', 2, 5000);
    expect(ego.edges.length).toBeGreaterThan(100);
    for (const e of ego.edges.slice(0, 300)) {
      const { citations, ...row } = store.edge(e.id) ?? { citations: null };
      expect([e, citations === null]).toEqual([row, false]);
    }
  });
});
