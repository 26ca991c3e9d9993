// node.ego: a node, everything within one or two hops of it, and the relations among those nodes.
// Used for the priority lenses (two hops) and "show only this node's ego network" (one hop).
// A bounded breadth-first search over the bundle's packed adjacency (one row per node read, never a
// row per relation), each layer expanded from its least connected nodes, stopping at the node cap;
// the relations among the nodes are then chosen from the same adjacency (egoRelations.ts), and only
// the chosen relations' rows are read.
import { AppError, type EgoNetwork } from '../../../shared/contract';
import { ENTRY_WORDS } from '../../store/adjacencyCodec';
import type { AdjacencyQueries, EntryRef } from '../../store/adjacencyQueries';
import type { GraphStore } from '../../store/graphStore';
import { toNodeSummary } from '../../store/rowMapping';
import { relationsAmong, relationCap } from './egoRelations';

/** Relations returned at most when every node within reach was kept: a dense neighbourhood is cut here and says so. */
const MAX_EDGES = 40_000;
/** Relations read at most while searching: bounds a frontier full of hubs whose ends are all reached. */
const MAX_READS = 200_000;
const STEP = ENTRY_WORDS;

/** What the bounded search found: nodes in the order reached, the lists it read, and how each node was reached. */
export interface EgoSearch {
  readonly reached: Set<number>;
  readonly truncated: boolean;
  /** The adjacency of each expanded node, in the order expanded (the centre first). */
  readonly lists: Map<number, Int32Array>;
  /** Per reached node but the centre: the relation it was reached by (key → where), so the answer stays connected. */
  readonly tree: Map<number, EntryRef>;
  /** Per reached node but the centre: the attributes of the entry that reached it (its kind, status and provenance codes). */
  readonly reachedBy: Map<number, number>;
}

export function egoNetwork(store: GraphStore, id: string, depth: number, limit: number): EgoNetwork {
  const centre = store.explorer.nodeRow(id);
  if (centre === undefined) throw new AppError('NOT_FOUND', `No node with id "${id}" exists.`, 'id');
  const search = boundedBfs(store.adjacency, centre.nid, depth, limit);
  const rows = withCentre(
    { nid: centre.nid, summary: toNodeSummary(centre) },
    store.adjacency.nodesByCode(search.reachedBy),
  );
  const idOf = new Map(rows.map((r) => [r.nid, r.summary.id]));
  const degrees = rows.map((r) => ({ nid: r.nid, degree: r.summary.degree }));
  // A search cut at the node cap returns a sample of the neighbourhood: its relations are sampled too.
  const cap = search.truncated ? relationCap(limit) : MAX_EDGES;
  const chosen = relationsAmong(search, degrees, (nid) => store.adjacency.of(nid), cap);
  return {
    centre: toNodeSummary(centre),
    nodes: rows.map((r) => r.summary),
    edges: store.adjacency.edgesOfEntries(chosen.relations, idOf),
    truncated: search.truncated || chosen.truncated,
  };
}

/** The centre among the other nodes, in key order as they are. */
function withCentre<T extends { nid: number }>(centre: T, others: T[]): T[] {
  const at = others.findIndex((r) => r.nid > centre.nid);
  return at < 0 ? [...others, centre] : [...others.slice(0, at), centre, ...others.slice(at)];
}

function boundedBfs(adjacency: AdjacencyQueries, centre: number, depth: number, limit: number): EgoSearch {
  const reached = new Set([centre]);
  const lists = new Map<number, Int32Array>();
  const tree = new Map<number, EntryRef>();
  const reachedBy = new Map<number, number>();
  const found = (truncated: boolean): EgoSearch => ({ reached, truncated, lists, tree, reachedBy });
  let frontier = [centre];
  let reads = 0;
  for (let hop = 0; hop < depth && frontier.length > 0; hop += 1) {
    const next: number[] = [];
    for (const nid of frontier) {
      const words = adjacency.of(nid);
      lists.set(nid, words);
      for (let i = 0; i < words.length; i += STEP) {
        const other = words[i] ?? 0;
        reads += 1;
        if (reached.has(other)) {
          if (reads > MAX_READS) return found(true);
          continue;
        }
        if (reached.size >= limit) return found(true);
        reached.add(other);
        next.push(other);
        const attributes = words[i + 2] ?? 0;
        tree.set(words[i + 1] ?? 0, { owner: nid, entry: i / STEP, other, attributes });
        reachedBy.set(other, attributes);
      }
    }
    // Smallest degree first: where the cap cuts, it cuts a hub's long list, not everyone else's.
    const bucket = (nid: number): number => (reachedBy.get(nid) ?? 0) >>> 26;
    frontier = next.sort((a, b) => bucket(a) - bucket(b));
  }
  return found(false);
}
