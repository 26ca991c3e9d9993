// Loads the part of the graph a path search needs, from the store, in capped pages: the relations
// within ⌈h/2⌉ hops of the start and ⌊h/2⌋ hops of the end. Every path of at most h hops lies
// inside (each of its relations touches a node loaded from one side or the other), so the search
// never needs the whole graph, and a cap on loaded relations bounds its cost on any graph.
import Graph from 'graphology';
import type { EdgeSummary, NodeSummary } from '../../../shared/contract';
import { edgePasses, nodePasses, type FilterSpec } from '../../../shared/filters/graphFilter';
import type { PathQueries } from '../../store/pathQueries';

/** Relations one search may load; enough for this dataset many times over, bounded for a 1M-edge one. */
export const MAX_LOADED_EDGES = 20_000;
/** Node ids per incident-relation query, so a wide frontier is paged rather than sent at once. */
const IDS_PER_QUERY = 500;

export interface Neighbourhood {
  /** Undirected, one edge per node pair; its `relations` attribute holds every relation between them. */
  readonly graph: Graph<Record<string, never>, { relations: EdgeSummary[] }>;
  readonly nodes: ReadonlyMap<string, NodeSummary>;
  readonly truncated: boolean;
  readonly loadedEdges: number;
}

export function expandAround(
  store: PathQueries,
  from: NodeSummary,
  to: NodeSummary,
  maxHops: number,
  filters: FilterSpec,
  maxEdges = MAX_LOADED_EDGES,
): Neighbourhood {
  const graph: Neighbourhood['graph'] = new Graph({ type: 'undirected', multi: false });
  const nodes = new Map<string, NodeSummary>([
    [from.id, from],
    [to.id, to],
  ]);
  // The chosen endpoints stay even when the filters would hide their kind: the user asked for them.
  const rejected = new Set<string>();
  graph.addNode(from.id);
  graph.addNode(to.id);
  const seenEdges = new Set<string>();
  const expanded = new Set<string>();
  const sides = [
    { frontier: [from.id], reached: new Set([from.id]), radius: Math.ceil(maxHops / 2) },
    { frontier: [to.id], reached: new Set([to.id]), radius: Math.floor(maxHops / 2) },
  ];
  let loaded = 0;
  let truncated = false;
  for (let depth = 0; depth < Math.ceil(maxHops / 2) && !truncated; depth++) {
    const active = sides.filter((side) => depth < side.radius);
    const toExpand = [...new Set(active.flatMap((side) => side.frontier))].filter((id) => !expanded.has(id));
    const edges: EdgeSummary[] = [];
    for (let i = 0; i < toExpand.length && !truncated; i += IDS_PER_QUERY) {
      const page = store.incident(toExpand.slice(i, i + IDS_PER_QUERY), maxEdges - loaded + 1);
      truncated = loaded + page.length > maxEdges;
      const kept = truncated ? page.slice(0, maxEdges - loaded) : page;
      loaded += kept.length;
      edges.push(...kept);
    }
    for (const id of toExpand) expanded.add(id);
    const unknown = [...new Set(edges.flatMap((e) => [e.source, e.target]))].filter(
      (id) => !nodes.has(id) && !rejected.has(id),
    );
    for (const node of store.nodes(unknown)) {
      if (nodePasses(node, filters)) nodes.set(node.id, node);
      else rejected.add(node.id);
    }
    for (const edge of edges) {
      const usable = nodes.has(edge.source) && nodes.has(edge.target) && edge.source !== edge.target;
      if (seenEdges.has(edge.id) || !usable || !edgePasses(edge, filters)) continue;
      seenEdges.add(edge.id);
      graph.mergeNode(edge.source);
      graph.mergeNode(edge.target);
      const key = graph.edge(edge.source, edge.target);
      if (key === undefined) graph.addEdge(edge.source, edge.target, { relations: [edge] });
      else graph.getEdgeAttribute(key, 'relations').push(edge);
    }
    // Every relation of a frontier node is loaded by now (this round or an earlier one), so the
    // next frontier is read off the graph, whichever side loaded the relations.
    for (const side of active) {
      const next: string[] = [];
      for (const node of side.frontier)
        for (const neighbour of graph.neighbors(node))
          if (!side.reached.has(neighbour)) {
            side.reached.add(neighbour);
            next.push(neighbour);
          }
      side.frontier = next;
    }
  }
  return { graph, nodes, truncated, loadedEdges: loaded };
}
