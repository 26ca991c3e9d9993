// Yen's k shortest simple paths, ranked by hops, then generic hops, then a stable key; independent of
// how a spur path is found (a layered BFS over a small in-memory graph, or a bidirectional search over
// the bundle's adjacency). Because hops rank first, no path is returned while a shorter one is left out.

type Path<N> = readonly N[];

/**
 * The shortest path from `from` to the target within `maxHops`, avoiding the given nodes and the
 * relations from `from` to any of `excludedFirstHops` (Yen only ever bans hops out of the spur node).
 */
export type SpurSearch<N> = (
  from: N,
  maxHops: number,
  excludedNodes: ReadonlySet<N>,
  excludedFirstHops: ReadonlySet<N>,
) => Path<N> | null;

interface Candidate<N> {
  readonly path: Path<N>;
  readonly generic: number;
  readonly key: string;
  readonly deviation: number;
}

/** One key per unordered node pair (the graph is undirected). */
export const pairKey = <N extends string | number>(a: N, b: N): string =>
  a < b ? `${String(a)}\u0000${String(b)}` : `${String(b)}\u0000${String(a)}`;
const pathKey = <N>(path: Path<N>): string => path.map(String).join('\u0000');

/** Up to `k` simple paths from `source`, the first being `spur(source, maxHops, ∅, ∅)`. Cost: at most k × maxHops spur searches. */
export function yenKShortest<N extends string | number>(
  source: N,
  k: number,
  maxHops: number,
  spur: SpurSearch<N>,
  genericCount: (path: Path<N>) => number,
  /** Checked after each round of spurs: true when they may have missed paths (a spent budget), so no candidate is trusted. */
  isCutShort: () => boolean = () => false,
): Path<N>[] {
  const first = spur(source, maxHops, new Set(), new Set());
  if (first === null) return [];
  const found: Path<N>[] = [first];
  /** Where each found path left the one it was spurred from: spurs before that repeat earlier ones (Lawler). */
  const deviations = [0];
  const known = new Set([pathKey(first)]);
  let candidates: Candidate<N>[] = [];
  while (found.length < k) {
    const previous = found[found.length - 1] ?? first;
    // Enough candidates already: no spur longer than the last one needed can change the answer.
    const needed = candidates[k - found.length - 1];
    const hopBound = needed === undefined ? maxHops : Math.min(maxHops, needed.path.length - 1);
    for (let j = deviations[found.length - 1] ?? 0; j < previous.length - 1 && j < hopBound; j++) {
      const root = previous.slice(0, j + 1);
      const spurNode = previous[j] ?? source;
      const rootKey = pathKey(root);
      const excludedFirstHops = new Set<N>();
      for (const path of found) {
        const next = path[j + 1];
        if (next !== undefined && pathKey(path.slice(0, j + 1)) === rootKey) excludedFirstHops.add(next);
      }
      const tail = spur(spurNode, hopBound - j, new Set(root.slice(0, j)), excludedFirstHops);
      if (tail === null) continue;
      const path = [...root.slice(0, j), ...tail];
      const key = pathKey(path);
      if (known.has(key)) continue;
      known.add(key);
      candidates.push({ path, generic: genericCount(path), key, deviation: j });
    }
    if (candidates.length === 0 || isCutShort()) break;
    candidates = candidates.sort(
      (a, b) => a.path.length - b.path.length || a.generic - b.generic || (a.key < b.key ? -1 : 1),
    );
    const [best, ...rest] = candidates;
    if (best === undefined) break;
    found.push(best.path);
    deviations.push(best.deviation);
    candidates = rest;
  }
  return found;
}
