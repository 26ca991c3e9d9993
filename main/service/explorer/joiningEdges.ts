// The relations among new nodes and between them and the nodes already shown: what makes an
// expansion or an added node arrive connected to the rest of the canvas. Capped, and says so.
import type { EdgeSummary } from '../../../shared/contract';
import type { GraphStore } from '../../store/graphStore';

/** Relations one call returns at most: a very dense view is cut here and says so. */
export const MAX_JOINING_EDGES = 50_000;

export function joiningEdges(
  graph: GraphStore,
  ids: readonly string[],
  among: readonly string[],
): { edges: EdgeSummary[]; truncated: boolean } {
  const edges = graph.explorer.edgesAmong(ids, among, MAX_JOINING_EDGES + 1);
  return { edges: edges.slice(0, MAX_JOINING_EDGES), truncated: edges.length > MAX_JOINING_EDGES };
}
