// Whole-graph paging on a real SQLite file with hubs: every node and relation once, each relation
// after both its ends, and a page that reaches its relation budget ends early, between two nodes.
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

function pageAll(limit: number, edgeBudget?: number): { pages: number; edgesPerPage: number[] } {
  const seenNodes = new Set<string>();
  const seenEdges = new Set<string>();
  const edgesPerPage: number[] = [];
  let after = 0;
  for (;;) {
    const page = store.elements(after, limit, edgeBudget);
    for (const n of page.nodes) {
      expect(seenNodes.has(n.id)).toBe(false);
      seenNodes.add(n.id);
    }
    for (const e of page.edges) {
      expect([seenEdges.has(e.id), seenNodes.has(e.source), seenNodes.has(e.target)]).toEqual([false, true, true]);
      seenEdges.add(e.id);
    }
    edgesPerPage.push(page.edges.length);
    if (page.nextCursor === null) break;
    after = Number(page.nextCursor);
  }
  expect(seenNodes.size).toBe(graph.dataset.nodes.length);
  expect(seenEdges.size).toBe(graph.dataset.edges.length);
  return { pages: edgesPerPage.length, edgesPerPage };
}

describe('graph.elements at scale', () => {
  it('pages every node and relation once, each relation after both its ends', () => {
    expect(pageAll(500, 1_000_000).pages).toBe(Math.ceil(graph.dataset.nodes.length / 500));
    // By default a page carries about as many relations as nodes.
    expect(Math.max(...pageAll(500).edgesPerPage)).toBeLessThanOrEqual(500);
  });

  it('ends a page early at its relation budget, between nodes, and still delivers everything', () => {
    const { pages, edgesPerPage } = pageAll(2000, 300);
    expect(pages).toBeGreaterThan(graph.dataset.edges.length / 300 - 1);
    // Only a page whose first node alone has more relations than the budget goes over it.
    expect(edgesPerPage.filter((n) => n > 300).length).toBeLessThanOrEqual(2);
  });
});
