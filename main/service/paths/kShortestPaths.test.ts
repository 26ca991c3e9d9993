// Yen's k shortest simple paths, checked against brute-force enumeration of every simple path on
// seeded random graphs, plus the hop cap and the exclusions the spur searches rely on.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { genericHopCount, kShortestPaths, shortestPath, type GenericHop } from './kShortestPaths';

function randomGraph(seed: number, nodes: number, edges: number): Graph {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const graph = new Graph({ type: 'undirected', multi: false });
  for (let i = 0; i < nodes; i++) graph.addNode(`n${String(i)}`);
  for (let i = 0; i < edges; i++) {
    const a = `n${String(Math.floor(next() * nodes))}`;
    const b = `n${String(Math.floor(next() * nodes))}`;
    if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b);
  }
  return graph;
}

/** Every simple path of at most `maxHops` hops, by brute force. */
function allSimplePaths(graph: Graph, from: string, to: string, maxHops: number): string[][] {
  const paths: string[][] = [];
  const walk = (path: string[]): void => {
    const node = path.at(-1) ?? from;
    if (node === to) {
      paths.push(path);
      return;
    }
    if (path.length - 1 >= maxHops) return;
    for (const next of graph.neighbors(node)) if (!path.includes(next)) walk([...path, next]);
  };
  walk([from]);
  return paths;
}

function allSimplePathLengths(graph: Graph, from: string, to: string, maxHops: number): number[] {
  const lengths: number[] = [];
  const walk = (node: string, visited: Set<string>): void => {
    if (node === to) {
      lengths.push(visited.size - 1);
      return;
    }
    if (visited.size - 1 >= maxHops) return;
    for (const next of graph.neighbors(node)) if (!visited.has(next)) walk(next, new Set([...visited, next]));
  };
  walk(from, new Set([from]));
  return lengths.sort((a, b) => a - b);
}

describe('kShortestPaths', () => {
  it('finds the k shortest simple paths that brute force finds, shortest first', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const graph = randomGraph(seed, 12, 22);
      const expected = allSimplePathLengths(graph, 'n0', 'n1', 5).slice(0, 6);
      const found = kShortestPaths(graph, 'n0', 'n1', 6, 5);
      expect(
        found.map((p) => p.length - 1),
        `seed ${String(seed)}`,
      ).toEqual(expected);
      for (const path of found) {
        expect(new Set(path).size).toBe(path.length);
        expect(path[0]).toBe('n0');
        expect(path.at(-1)).toBe('n1');
        for (let i = 1; i < path.length; i++) expect(graph.hasEdge(path[i - 1], path[i])).toBe(true);
      }
      expect(new Set(found.map((p) => p.join())).size).toBe(found.length);
    }
  });

  it('ranks paths of one length by their generic hops, and never before a shorter path', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const graph = randomGraph(seed, 12, 24);
      // About a third of the node pairs are joined only by generic relations.
      const isGeneric: GenericHop = (a, b) => (a.length + b.length + Number(a.at(-1)) + Number(b.at(-1))) % 3 === 0;
      const cost = (path: readonly string[]): [number, number] => [path.length - 1, genericHopCount(path, isGeneric)];
      const expected = allSimplePaths(graph, 'n0', 'n1', 5)
        .map(cost)
        .sort((a, b) => a[0] - b[0] || a[1] - b[1])
        .slice(0, 6);
      const found = kShortestPaths(graph, 'n0', 'n1', 6, 5, isGeneric);
      expect(found.map(cost), `seed ${String(seed)}`).toEqual(expected);
    }
  });

  it('takes the substantive route of equal length even when the generic one is found first', () => {
    const square = new Graph({ type: 'undirected' });
    for (const [a, b] of [
      ['a', 'b'],
      ['b', 'd'],
      ['a', 'c'],
      ['c', 'd'],
    ] as const)
      square.mergeEdge(a, b);
    const viaB: GenericHop = (x, y) => [x, y].includes('b');
    expect(shortestPath(square, 'a', 'd', 4)).toEqual(['a', 'b', 'd']);
    expect(shortestPath(square, 'a', 'd', 4, new Set(), new Set(), viaB)).toEqual(['a', 'c', 'd']);
    expect(kShortestPaths(square, 'a', 'd', 2, 4, viaB)).toEqual([
      ['a', 'c', 'd'],
      ['a', 'b', 'd'],
    ]);
  });

  it('returns nothing when the ends are not connected within the hop cap', () => {
    const chain = new Graph({ type: 'undirected' });
    for (const [a, b] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ] as const)
      chain.mergeEdge(a, b);
    expect(kShortestPaths(chain, 'a', 'd', 3, 2)).toEqual([]);
    expect(kShortestPaths(chain, 'a', 'd', 3, 3)).toEqual([['a', 'b', 'c', 'd']]);
    expect(kShortestPaths(chain, 'a', 'zz', 3, 3)).toEqual([]);
  });

  it('avoids excluded nodes and node pairs', () => {
    const square = new Graph({ type: 'undirected' });
    for (const [a, b] of [
      ['a', 'b'],
      ['b', 'd'],
      ['a', 'c'],
      ['c', 'd'],
    ] as const)
      square.mergeEdge(a, b);
    expect(shortestPath(square, 'a', 'd', 4, new Set(['b']))).toEqual(['a', 'c', 'd']);
    expect(shortestPath(square, 'a', 'd', 4, new Set(), new Set(['a\u0000c']))).toEqual(['a', 'b', 'd']);
    expect(shortestPath(square, 'a', 'd', 4, new Set(['b', 'c']))).toBeNull();
  });
});
