// paths.find on a generated heavy-tailed graph (hubs, several relation kinds, multi-relations), written
// by the real bundle writer: the bidirectional search over the packed adjacency returns truly shortest
// paths, checked against a plain breadth-first search over the dataset's own relation list, with and
// without exclusions and filters, and never a longer path while a shorter one is left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PathsResult } from '../../../shared/contract';
import type { FilterSpec } from '../../../shared/filters/graphFilter';
import { mulberry32 } from '../../../shared/layout/seededRandom';
import type { CompiledDataset } from '../../dataset/compiledDataset';
import { GraphStore } from '../../store/graphStore';
import { buildScaleGraph } from '../../store/scaleGraphFixture';
import { findPaths, type PathRequest } from './findPaths';

let dataset: CompiledDataset;
let store: GraphStore;

beforeAll(() => {
  const graph = buildScaleGraph(3000, 7000, 11);
  dataset = graph.dataset;
  store = new GraphStore(graph.path);
});
afterAll(() => store.close());

const adjacencies = new Map<string, Map<string, Set<string>>>();

/** Every node's neighbours over the relations of the kinds and statuses the filters let through. */
function adjacencyFor(filters: FilterSpec): Map<string, Set<string>> {
  const key = JSON.stringify(filters);
  let adjacent = adjacencies.get(key);
  if (adjacent !== undefined) return adjacent;
  adjacent = new Map<string, Set<string>>();
  for (const e of dataset.edges) {
    if (filters.relationKinds !== undefined && !filters.relationKinds.includes(e.kind)) continue;
    if (filters.statuses !== undefined && !filters.statuses.includes(e.status)) continue;
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const)
      adjacent.set(a, (adjacent.get(a) ?? new Set()).add(b));
  }
  adjacencies.set(key, adjacent);
  return adjacent;
}

/** Hop distance and number of shortest paths, by plain BFS over the relations the filters let through. */
function plainBfs(from: string, to: string, avoid: (id: string) => boolean, filters: FilterSpec) {
  const adjacent = adjacencyFor(filters);
  const distance = new Map([[from, 0]]);
  const count = new Map([[from, 1]]);
  let frontier = [from];
  while (frontier.length > 0 && !distance.has(to)) {
    const next: string[] = [];
    for (const node of frontier)
      for (const n of adjacent.get(node) ?? []) {
        if (n !== to && avoid(n)) continue;
        const d = (distance.get(node) ?? 0) + 1;
        if (!distance.has(n)) {
          distance.set(n, d);
          next.push(n);
        }
        if (distance.get(n) === d) count.set(n, (count.get(n) ?? 0) + (count.get(node) ?? 0));
      }
    frontier = next;
  }
  const d = distance.get(to);
  return d === undefined ? null : { distance: d, count: count.get(to) ?? 0 };
}

function pairs(howMany: number): [string, string][] {
  const random = mulberry32(5);
  const id = () => dataset.nodes[Math.floor(random() * dataset.nodes.length)]?.id ?? '';
  return Array.from({ length: howMany }, () => [id(), id()] as [string, string]).filter(([a, b]) => a !== b);
}

function expectShortest(found: PathsResult, request: PathRequest, avoid: (id: string) => boolean) {
  const truth = plainBfs(request.from, request.to, avoid, request.filters ?? {});
  const label = `${request.from} → ${request.to}`;
  expect(found.truncated, label).toBe(false);
  if (truth === null || truth.distance > request.maxHops) {
    expect(found.paths, label).toEqual([]);
    return;
  }
  const lengths = found.paths.map((p) => p.hops.length);
  expect(lengths[0], label).toBe(truth.distance);
  expect(
    [...lengths].sort((a, b) => a - b),
    label,
  ).toEqual(lengths);
  expect(lengths.filter((l) => l === truth.distance).length, label).toBe(Math.min(truth.count, request.maxPaths));
  for (const path of found.paths) {
    expect(new Set(path.nodes).size, label).toBe(path.nodes.length);
    for (const middle of path.nodes.slice(1, -1)) expect(avoid(middle), `${label} passes ${middle}`).toBe(false);
    for (const hop of path.hops) {
      expect(hop.edges.length, label).toBeGreaterThan(0);
      for (const e of hop.edges) expect([e.source, e.target].sort()).toEqual([hop.from, hop.to].sort());
    }
  }
}

describe('paths.find on a generated graph with hubs', { timeout: 120_000 }, () => {
  it('returns truly shortest paths, one or five, as a plain BFS finds them', () => {
    for (const [from, to] of pairs(150))
      for (const maxPaths of [1, 5]) {
        const request = { from, to, maxPaths, maxHops: 4 };
        expectShortest(findPaths(store, request), request, () => false);
      }
  });

  it('stays shortest with the hubs or a kind kept out, and under relation-kind and status filters', () => {
    const hubs = new Set(dataset.nodes.slice(0, 4).map((n) => n.id));
    const kindOf = new Map(dataset.nodes.map((n) => [n.id, n.kind]));
    for (const [from, to] of pairs(80)) {
      const withoutHubs = { from, to, maxPaths: 3, maxHops: 5, excludeNodes: [...hubs] };
      expectShortest(findPaths(store, withoutHubs), withoutHubs, (id) => hubs.has(id));
      const withoutStates = { from, to, maxPaths: 3, maxHops: 4, excludeNodeKinds: ['state' as const] };
      expectShortest(findPaths(store, withoutStates), withoutStates, (id) => kindOf.get(id) === 'state');
      const filters: FilterSpec = { relationKinds: ['part-of', 'refers-to'], statuses: ['in-force'] };
      const filtered = { from, to, maxPaths: 3, maxHops: 4, filters };
      expectShortest(findPaths(store, filtered), filtered, () => false);
    }
  });
});
