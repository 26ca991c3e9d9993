// node.ego: a node, everything within one or two hops of it, and every relation among those nodes.
// Used for the priority lenses (two hops) and "show only this node's ego network" (one hop).
// A bounded breadth-first search over the bundle's packed adjacency (one row per node read, never a
// row per relation), each layer expanded from its least connected nodes, stopping at the cap; the relations among the nodes are then found from the ends
// of small degree, and between two hubs by a binary search in one hub's sorted adjacency, so a hub's
// 10^5 relations are never scanned.
import { AppError, type EgoNetwork } from '../../../shared/contract';
import { ENTRY_WORDS } from '../../store/adjacencyCodec';
import type { AdjacencyQueries } from '../../store/adjacencyQueries';
import type { GraphStore } from '../../store/graphStore';
import { toNodeSummary } from '../../store/rowMapping';

/** Relations returned at most: a dense neighbourhood is cut here and says so. */
const MAX_EDGES = 40_000;
/** Relations read at most while searching: bounds a frontier full of hubs whose ends are all reached. */
const MAX_READS = 200_000;
/** What probing one pair of hubs costs, in relations scanned (a binary search against a step). */
const PROBE_COST = 4;
const STEP = ENTRY_WORDS;

export function egoNetwork(store: GraphStore, id: string, depth: number, limit: number): EgoNetwork {
  const centre = store.explorer.nodeRow(id);
  if (centre === undefined) throw new AppError('NOT_FOUND', `No node with id "${id}" exists.`, 'id');
  const { reached, truncated, lists } = boundedBfs(store.adjacency, centre.nid, depth, limit);
  const rows = store.explorer.nodesByNid([...reached]);
  const { small, hubs } = splitByDegree(rows);
  const idOf = new Map(rows.map((r) => [r.nid, r.id]));
  const read = (nid: number): Int32Array => lists.get(nid) ?? store.adjacency.of(nid);
  const eids = relationsAmong(read, reached, small, hubs, MAX_EDGES + 1);
  const edges = store.adjacency.edgesAmong(eids, idOf);
  return {
    centre: toNodeSummary(centre),
    nodes: rows.map(toNodeSummary),
    edges: edges.slice(0, MAX_EDGES),
    truncated: truncated || edges.length > MAX_EDGES,
  };
}

function boundedBfs(
  adjacency: AdjacencyQueries,
  centre: number,
  depth: number,
  limit: number,
): { reached: Set<number>; truncated: boolean; lists: Map<number, Int32Array> } {
  const reached = new Set([centre]);
  const lists = new Map<number, Int32Array>();
  let frontier = [centre];
  let reads = 0;
  for (let hop = 0; hop < depth && frontier.length > 0; hop += 1) {
    const next: number[] = [];
    const weight = new Map<number, number>();
    for (const nid of frontier) {
      const words = adjacency.of(nid);
      lists.set(nid, words);
      for (let i = 0; i < words.length; i += STEP) {
        const other = words[i] ?? 0;
        reads += 1;
        if (reached.has(other)) {
          if (reads > MAX_READS) return { reached, truncated: true, lists };
          continue;
        }
        if (reached.size >= limit) return { reached, truncated: true, lists };
        reached.add(other);
        next.push(other);
        weight.set(other, (words[i + 2] ?? 0) >>> 26);
      }
    }
    // Smallest degree first: where the cap cuts, it cuts a hub's long list, not everyone else's.
    frontier = next.sort((a, b) => (weight.get(a) ?? 0) - (weight.get(b) ?? 0));
  }
  return { reached, truncated: false, lists };
}

/**
 * Internal keys of the relations among `reached`, at most `limit`, in key order. From a small node each
 * relation to a hub or to a larger small node is taken (so each is taken once); hub pairs are probed.
 */
function relationsAmong(
  read: (nid: number) => Int32Array,
  reached: ReadonlySet<number>,
  small: readonly number[],
  hubs: readonly number[],
  limit: number,
): number[] {
  const isHub = new Set(hubs);
  const eids: number[] = [];
  for (const nid of small) {
    const words = read(nid);
    for (let i = 0; i < words.length; i += STEP) {
      const other = words[i] ?? 0;
      if (reached.has(other) && (other >= nid || isHub.has(other))) eids.push(words[i + 1] ?? 0);
    }
  }
  for (const hub of hubs) {
    const words = read(hub);
    for (const other of hubs)
      if (other >= hub)
        for (let i = firstAtOrAfter(words, other); i < words.length && words[i] === other; i += STEP)
          eids.push(words[i + 1] ?? 0);
  }
  return eids.sort((a, b) => a - b).slice(0, limit);
}

/** The index of the first entry whose neighbour is ≥ `key` (entries are sorted by neighbour). */
function firstAtOrAfter(words: Int32Array, key: number): number {
  let low = 0;
  let high = words.length / STEP;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((words[mid * STEP] ?? 0) < key) low = mid + 1;
    else high = mid;
  }
  return low * STEP;
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
