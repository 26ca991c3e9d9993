// Yen's k shortest simple paths (yen.ts) over an unweighted, undirected graphology graph, ranked by hops and
// then by generic hops. Each spur is found by a layered breadth-first search that skips excluded
// nodes and edges, stops at a hop cap and, within a layer, keeps the parent with fewer generic hops.
import type { AbstractGraph } from 'graphology-types';
import { pairKey, yenKShortest } from './yen';

type Path = readonly string[];

/** Whether the hop between two neighbours counts as generic (ranked after a substantive one). */
export type GenericHop = (a: string, b: string) => boolean;

const noGenericHops: GenericHop = () => false;

/** How many of a path's hops are generic. */
export function genericHopCount(path: Path, isGeneric: GenericHop): number {
  let count = 0;
  for (let i = 1; i < path.length; i++) if (isGeneric(path[i - 1] ?? '', path[i] ?? '')) count += 1;
  return count;
}

/**
 * The path from `source` to `target` with the fewest hops (at most `maxHops`) and, among those, the
 * fewest generic hops, avoiding the excluded parts. Ties keep the first found, so results are stable.
 */
export function shortestPath(
  graph: AbstractGraph,
  source: string,
  target: string,
  maxHops: number,
  excludedNodes: ReadonlySet<string> = new Set(),
  excludedPairs: ReadonlySet<string> = new Set(),
  isGeneric: GenericHop = noGenericHops,
): Path | null {
  if (!graph.hasNode(source) || !graph.hasNode(target) || excludedNodes.has(source)) return null;
  const parent = new Map<string, string | null>([[source, null]]);
  const genericSoFar = new Map<string, number>([[source, 0]]);
  let frontier = [source];
  for (let depth = 0; depth < maxHops && frontier.length > 0; depth++) {
    // Nodes first reached at this depth: their parent may still improve until the layer is done.
    const layer = new Set<string>();
    for (const node of frontier) {
      const base = genericSoFar.get(node) ?? 0;
      for (const neighbour of graph.neighbors(node)) {
        const settled = parent.has(neighbour) && !layer.has(neighbour);
        if (settled || excludedNodes.has(neighbour) || excludedPairs.has(pairKey(node, neighbour))) continue;
        const cost = base + (isGeneric(node, neighbour) ? 1 : 0);
        if (layer.has(neighbour) && (genericSoFar.get(neighbour) ?? 0) <= cost) continue;
        layer.add(neighbour);
        parent.set(neighbour, node);
        genericSoFar.set(neighbour, cost);
      }
    }
    if (layer.has(target)) return unwind(parent, target);
    frontier = [...layer];
  }
  return null;
}

function unwind(parent: ReadonlyMap<string, string | null>, target: string): Path {
  const path = [target];
  for (let node = parent.get(target); node !== null && node !== undefined; node = parent.get(node)) path.push(node);
  return path.reverse();
}

/**
 * Up to `k` simple paths from `source` to `target`, none longer than `maxHops`: fewest hops first,
 * then fewest generic hops, then a stable order (Yen's algorithm over the layered search above).
 */
export function kShortestPaths(
  graph: AbstractGraph,
  source: string,
  target: string,
  k: number,
  maxHops: number,
  isGeneric: GenericHop = noGenericHops,
): Path[] {
  return yenKShortest(
    source,
    k,
    maxHops,
    (from, hops, excludedNodes, excludedFirstHops) => {
      const excludedPairs = new Set([...excludedFirstHops].map((next) => pairKey(from, next)));
      return shortestPath(graph, from, target, hops, excludedNodes, excludedPairs, isGeneric);
    },
    (path) => genericHopCount(path, isGeneric),
  );
}
