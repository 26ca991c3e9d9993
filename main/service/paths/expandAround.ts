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

interface Side {
  frontier: string[];
  readonly reached: Set<string>;
  readonly radius: number;
}

/** One search's loading state: what is loaded, what the filters turned away, and the relation budget. */
class Loader {
  readonly graph: Neighbourhood['graph'] = new Graph({ type: 'undirected', multi: false });
  readonly nodes = new Map<string, NodeSummary>();
  private readonly rejected = new Set<string>();
  private readonly expanded = new Set<string>();
  loaded = 0;
  truncated = false;

  constructor(
    private readonly store: PathQueries,
    private readonly filters: FilterSpec,
    private readonly maxEdges: number,
    ends: readonly NodeSummary[],
    private readonly avoided: (node: NodeSummary) => boolean,
  ) {
    // The chosen ends stay even when the filters would hide their kind: the user asked for them.
    for (const end of ends) {
      this.nodes.set(end.id, end);
      this.graph.mergeNode(end.id);
    }
  }

  /** Loads the relations of these nodes (those not loaded before), in pages, within the budget. */
  expand(ids: readonly string[]): void {
    const toExpand = [...new Set(ids)].filter((id) => !this.expanded.has(id));
    const edges: EdgeSummary[] = [];
    for (let i = 0; i < toExpand.length && !this.truncated; i += IDS_PER_QUERY) {
      const page = this.store.incident(toExpand.slice(i, i + IDS_PER_QUERY), this.maxEdges - this.loaded + 1);
      this.truncated = this.loaded + page.length > this.maxEdges;
      const kept = this.truncated ? page.slice(0, this.maxEdges - this.loaded) : page;
      this.loaded += kept.length;
      edges.push(...kept);
    }
    for (const id of toExpand) this.expanded.add(id);
    this.admitNodes(edges);
    for (const edge of edges) this.addEdge(edge);
  }

  private admitNodes(edges: readonly EdgeSummary[]): void {
    const unknown = [...new Set(edges.flatMap((e) => [e.source, e.target]))].filter(
      (id) => !this.nodes.has(id) && !this.rejected.has(id),
    );
    for (const node of this.store.nodes(unknown)) {
      if (nodePasses(node, this.filters) && !this.avoided(node)) this.nodes.set(node.id, node);
      else this.rejected.add(node.id);
    }
  }

  private addEdge(edge: EdgeSummary): void {
    const usable = this.nodes.has(edge.source) && this.nodes.has(edge.target) && edge.source !== edge.target;
    if (!usable || !edgePasses(edge, this.filters)) return;
    // A relation between two nodes expanded in different rounds arrives twice; keep it once.
    this.graph.mergeNode(edge.source);
    this.graph.mergeNode(edge.target);
    const key = this.graph.edge(edge.source, edge.target);
    if (key === undefined) this.graph.addEdge(edge.source, edge.target, { relations: [edge] });
    else {
      const relations = this.graph.getEdgeAttribute(key, 'relations');
      if (!relations.some((r) => r.id === edge.id)) relations.push(edge);
    }
  }

  /**
   * The side's next frontier. Every relation of a frontier node is loaded by now (this round or an
   * earlier one, from either side), so it is read off the graph.
   */
  advance(side: Side): void {
    const next: string[] = [];
    for (const node of side.frontier)
      for (const neighbour of this.graph.neighbors(node))
        if (!side.reached.has(neighbour)) {
          side.reached.add(neighbour);
          next.push(neighbour);
        }
    side.frontier = next;
  }
}

export function expandAround(
  store: PathQueries,
  from: NodeSummary,
  to: NodeSummary,
  maxHops: number,
  filters: FilterSpec,
  maxEdges = MAX_LOADED_EDGES,
  /** Nodes the user keeps out of the search (by id or kind); never the two ends. */
  avoided: (node: NodeSummary) => boolean = () => false,
): Neighbourhood {
  const loader = new Loader(store, filters, maxEdges, [from, to], avoided);
  const sides: Side[] = [
    { frontier: [from.id], reached: new Set([from.id]), radius: Math.ceil(maxHops / 2) },
    { frontier: [to.id], reached: new Set([to.id]), radius: Math.floor(maxHops / 2) },
  ];
  for (let depth = 0; depth < Math.ceil(maxHops / 2) && !loader.truncated; depth++) {
    const active = sides.filter((side) => depth < side.radius);
    loader.expand(active.flatMap((side) => side.frontier));
    for (const side of active) loader.advance(side);
  }
  return { graph: loader.graph, nodes: loader.nodes, truncated: loader.truncated, loadedEdges: loader.loaded };
}
