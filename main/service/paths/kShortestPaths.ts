// Yen's k shortest simple paths over an unweighted, undirected graphology graph, ranked by hops and
// then by generic hops. Each spur is found by a layered breadth-first search that skips excluded
// nodes and edges, stops at a hop cap and, within a layer, keeps the parent with fewer generic hops.
import type { AbstractGraph } from 'graphology-types';

type Path = readonly string[];

/** Whether the hop between two neighbours counts as generic (ranked after a substantive one). */
export type GenericHop = (a: string, b: string) => boolean;

const noGenericHops: GenericHop = () => false;
/** One key per unordered node pair (the graph is undirected). */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const pathKey = (path: Path): string => path.join('\u0000');

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
 * then fewest generic hops, then a stable order. Because the ranking puts hops first, a path is never
 * returned while a shorter one is left out. Cost: at most k × maxHops breadth-first searches.
 */
export function kShortestPaths(
  graph: AbstractGraph,
  source: string,
  target: string,
  k: number,
  maxHops: number,
  isGeneric: GenericHop = noGenericHops,
): Path[] {
  const first = shortestPath(graph, source, target, maxHops, new Set(), new Set(), isGeneric);
  if (first === null) return [];
  const found: Path[] = [first];
  const known = new Set([pathKey(first)]);
  let candidates: { path: Path; generic: number; key: string }[] = [];
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
      const excludedNodes = new Set(root.slice(0, j));
      const spur = shortestPath(graph, spurNode, target, maxHops - j, excludedNodes, excludedPairs, isGeneric);
      if (spur === null) continue;
      const path = [...root.slice(0, j), ...spur];
      const key = pathKey(path);
      if (known.has(key)) continue;
      known.add(key);
      candidates.push({ path, generic: genericHopCount(path, isGeneric), key });
    }
    if (candidates.length === 0) break;
    candidates = candidates.sort(
      (a, b) => a.path.length - b.path.length || a.generic - b.generic || (a.key < b.key ? -1 : 1),
    );
    const [best, ...rest] = candidates;
    if (best === undefined) break;
    found.push(best.path);
    candidates = rest;
  }
  return found;
}
