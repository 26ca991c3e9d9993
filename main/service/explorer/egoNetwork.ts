// node.ego: a node, everything within one or two hops of it, and every relation among those nodes.
// Used for the priority lenses (two hops) and "show only this node's ego network" (one hop).
// A bounded breadth-first search over prepared statements: each node's relations are streamed in
// index order and reading stops as soon as the cap is reached, so a hub costs no more than its share.
import { AppError, type EgoNetwork } from '../../../shared/contract';
import type { GraphStore } from '../../store/graphStore';
import { toNodeSummary } from '../../store/rowMapping';

/** Relations returned at most: a dense neighbourhood is cut here and says so. */
const MAX_EDGES = 40_000;
/** Relations read at most while searching: bounds a frontier full of hubs whose ends are all reached. */
const MAX_READS = 200_000;
/** What probing one pair of nodes costs, in relations scanned (an index descent against a step). */
const PROBE_COST = 4;

export function egoNetwork(store: GraphStore, id: string, depth: number, limit: number): EgoNetwork {
  const centre = store.explorer.nodeRow(id);
  if (centre === undefined) throw new AppError('NOT_FOUND', `No node with id "${id}" exists.`, 'id');
  const { reached, truncated } = boundedBfs(store, centre.nid, depth, limit);
  const rows = store.explorer.nodesByNid([...reached]);
  const { small, hubs } = splitByDegree(rows);
  const idOf = new Map(rows.map((r) => [r.nid, r.id]));
  const edges = store.explorer.edgesAmongNids(small, hubs, idOf, MAX_EDGES + 1);
  return {
    centre: toNodeSummary(centre),
    nodes: rows.map(toNodeSummary),
    edges: edges.slice(0, MAX_EDGES),
    truncated: truncated || edges.length > MAX_EDGES,
  };
}

function boundedBfs(
  store: GraphStore,
  centre: number,
  depth: number,
  limit: number,
): { reached: Set<number>; truncated: boolean } {
  const reached = new Set([centre]);
  let frontier = [centre];
  let reads = 0;
  for (let hop = 0; hop < depth && frontier.length > 0; hop += 1) {
    const next: number[] = [];
    for (const nid of frontier)
      for (const other of store.explorer.neighbourNids(nid)) {
        reads += 1;
        if (reached.has(other)) {
          if (reads > MAX_READS) return { reached, truncated: true };
          continue;
        }
        if (reached.size >= limit) return { reached, truncated: true };
        reached.add(other);
        next.push(other);
      }
    frontier = next;
  }
  return { reached, truncated: false };
}

/**
 * Which nodes' relations are scanned (small) and which are only probed pair by pair (hubs). Making
 * the k-th best-connected node a hub saves scanning its degree and costs probing ~2k more pairs;
 * greedily, a node is a hub while its degree outweighs that.
 */
function splitByDegree(rows: readonly { nid: number; degree: number }[]): { small: number[]; hubs: number[] } {
  const hubs: number[] = [];
  const small: number[] = [];
  for (const row of [...rows].sort((a, b) => b.degree - a.degree))
    if (row.degree > PROBE_COST * 2 * (hubs.length + 1)) hubs.push(row.nid);
    else small.push(row.nid);
  return { small, hubs };
}
