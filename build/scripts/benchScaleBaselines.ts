// Baselines of the scale benchmark, on the same file and the same centres as the service's calls:
// the whole graph in memory with graphology (load time, memory, ego-2) and the usual SQL (a recursive
// CTE for ego-2, a sorted-and-counted neighbours page).
import { performance } from 'node:perf_hooks';
import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { BaselineQueries } from '../../main/store/baselineQueries';
import { gc, NO_STATS, timeEach, type Stats } from './benchScaleStats';

export interface BaselineFigures {
  readonly graphologyLoadMs: number;
  readonly graphologyHeapBytes: number;
  readonly graphologyRssBytes: number;
  readonly graphologyEgo2: Stats;
  readonly cteEgo2: Stats;
  /** One shortest path (≤ 4 hops) per pair, in memory by graphology's bidirectional BFS and by recursive CTE. */
  readonly graphologyPath: Stats;
  readonly ctePath: Stats;
  /** CTE path searches that stopped at the hop cap without an answer: searching on would only cost more. */
  readonly ctePathCapped: number;
  readonly sortedHubNeighbours: Stats;
}

/** Ego network in memory: breadth first to `depth`, at most `limit` nodes, then the relations among them. */
function graphologyEgo(graph: Graph, centre: string, depth: number, limit: number): number {
  const reached = new Set([centre]);
  let frontier = [centre];
  for (let hop = 0; hop < depth && reached.size < limit; hop += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of graph.neighbors(node)) {
        if (reached.size >= limit) break;
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  let ends = 0;
  for (const node of reached) graph.forEachNeighbor(node, (other) => (ends += reached.has(other) ? 1 : 0));
  return ends / 2;
}

export async function measureBaselines(
  path: string,
  centres: readonly string[],
  hubs: readonly string[],
  pairs: readonly (readonly [string, string])[],
  budgetMs: number,
  withGraphology = true,
): Promise<BaselineFigures> {
  const store = new BaselineQueries(path);
  try {
    const nid = (id: string): number => store.nidOf(id) ?? -1;
    const cteEgo2 = await timeEach(centres, (id) => store.egoByCte(nid(id), 2, 1000), budgetMs);
    const sortedHubNeighbours = await timeEach(hubs, (id) => store.neighboursSorted(nid(id), 200), budgetMs);
    // A set, so the untimed warm-up calls on the first pairs are not counted twice.
    const capped = new Set<readonly [string, string]>();
    const ctePath = await timeEach(
      pairs,
      (pair) => {
        if (store.pathByCte(nid(pair[0]), nid(pair[1]), 4) === null) capped.add(pair);
      },
      budgetMs,
    );
    gc();
    const before = process.memoryUsage();
    const t0 = performance.now();
    // Undirected, as the app walks relations: graphology's bidirectional search follows edge directions.
    const graph = new Graph({ type: 'undirected', multi: false });
    // Skipped on request: at 10M relations the whole graph in memory may not fit Node's heap at all.
    if (withGraphology) {
      for (const n of store.nodeNids()) graph.addNode(String(n));
      for (const [s, t] of store.edgeEnds()) if (s !== t) graph.mergeEdge(String(s), String(t));
    }
    const graphologyLoadMs = performance.now() - t0;
    gc();
    const after = process.memoryUsage();
    const graphologyEgo2 =
      graph.order === 0
        ? NO_STATS
        : await timeEach(centres, (id) => graphologyEgo(graph, String(nid(id)), 2, 1000), budgetMs);
    const graphologyPath =
      graph.order === 0
        ? NO_STATS
        : await timeEach(pairs, ([a, b]) => bidirectional(graph, String(nid(a)), String(nid(b))), budgetMs);
    return {
      graphologyLoadMs,
      graphologyPath,
      ctePath,
      ctePathCapped: capped.size,
      graphologyHeapBytes: after.heapUsed - before.heapUsed,
      graphologyRssBytes: after.rss - before.rss,
      graphologyEgo2,
      cteEgo2,
      sortedHubNeighbours,
    };
  } finally {
    store.close();
  }
}
