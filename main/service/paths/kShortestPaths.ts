// Yen's k shortest simple paths over an unweighted, undirected graphology graph, each spur found by
// a breadth-first search that skips excluded nodes and edges and stops at a hop cap.
import type { AbstractGraph } from 'graphology-types';

type Path = readonly string[];

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const pathKey = (path: Path): string => path.join('\u0000');

/** Shortest path from `source` to `target` of at most `maxHops` hops, avoiding the excluded parts. */
export function shortestPath(
  graph: AbstractGraph,
  source: string,
  target: string,
  maxHops: number,
  excludedNodes: ReadonlySet<string> = new Set(),
  excludedPairs: ReadonlySet<string> = new Set(),
): Path | null {
  if (!graph.hasNode(source) || !graph.hasNode(target) || excludedNodes.has(source)) return null;
  const parent = new Map<string, string | null>([[source, null]]);
  let frontier = [source];
  for (let depth = 0; depth < maxHops && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of graph.neighbors(node)) {
        if (parent.has(neighbour) || excludedNodes.has(neighbour) || excludedPairs.has(pairKey(node, neighbour)))
          continue;
        parent.set(neighbour, node);
        if (neighbour === target) return unwind(parent, target);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return null;
}

function unwind(parent: ReadonlyMap<string, string | null>, target: string): Path {
  const path = [target];
  for (let node = parent.get(target); node !== null && node !== undefined; node = parent.get(node)) path.push(node);
  return path.reverse();
}

/**
 * Up to `k` simple paths from `source` to `target`, shortest first (ties in a stable order), none
 * longer than `maxHops`. Cost: at most k × maxHops breadth-first searches over the graph.
 */
export function kShortestPaths(
  graph: AbstractGraph,
  source: string,
  target: string,
  k: number,
  maxHops: number,
): Path[] {
  const first = shortestPath(graph, source, target, maxHops);
  if (first === null) return [];
  const found: Path[] = [first];
  const known = new Set([pathKey(first)]);
  let candidates: Path[] = [];
  while (found.length < k) {
    const previous = found[found.length - 1] ?? first;
    for (let j = 0; j < previous.length - 1; j++) {
      const root = previous.slice(0, j + 1);
      const spurNode = previous[j] ?? source;
      const excludedPairs = new Set<string>();
      for (const path of found) {
        const next = path[j + 1];
        if (next !== undefined && pathKey(path.slice(0, j + 1)) === pathKey(root))
          excludedPairs.add(pairKey(spurNode, next));
      }
      const spur = shortestPath(graph, spurNode, target, maxHops - j, new Set(root.slice(0, j)), excludedPairs);
      if (spur === null) continue;
      const candidate = [...root.slice(0, j), ...spur];
      const key = pathKey(candidate);
      if (known.has(key)) continue;
      known.add(key);
      candidates.push(candidate);
    }
    if (candidates.length === 0) break;
    candidates = candidates.sort((a, b) => a.length - b.length || (pathKey(a) < pathKey(b) ? -1 : 1));
    const [best, ...rest] = candidates;
    if (best === undefined) break;
    found.push(best);
    candidates = rest;
  }
  return found;
}
