// node.ego: a node, everything within one or two hops of it, and every relation among those nodes.
// Used for the priority lenses (two hops) and "show only this node's ego network" (one hop).
import { AppError, type EgoNetwork } from '../../../shared/contract';
import type { GraphStore } from '../../store/graphStore';

/** Relations read per hop: bounds the cost around a hub on a very large dataset. */
const MAX_EDGES_PER_HOP = 20_000;

export function egoNetwork(store: GraphStore, id: string, depth: number, limit: number): EgoNetwork {
  const [centre] = store.explorer.nodes([id]);
  if (centre === undefined) throw new AppError('NOT_FOUND', `No node with id "${id}" exists.`, 'id');
  const reached = new Set([id]);
  let frontier = [id];
  let truncated = false;
  for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop += 1) {
    const next: string[] = [];
    const edges = store.paths.incident(frontier, MAX_EDGES_PER_HOP + 1);
    if (edges.length > MAX_EDGES_PER_HOP) truncated = true;
    for (const edge of edges.slice(0, MAX_EDGES_PER_HOP))
      for (const end of [edge.source, edge.target])
        if (!reached.has(end)) {
          if (reached.size >= limit) {
            truncated = true;
            break;
          }
          reached.add(end);
          next.push(end);
        }
    frontier = next;
  }
  const ids = [...reached];
  const nodes = store.explorer.nodes(ids);
  const edges = store.explorer.edgesAmong(ids, [], MAX_EDGES_PER_HOP * 2 + 1);
  return {
    centre,
    nodes,
    edges: edges.slice(0, MAX_EDGES_PER_HOP * 2),
    truncated: truncated || edges.length > MAX_EDGES_PER_HOP * 2,
  };
}
