// The user's relations where the graph is read around nodes: a node's neighbours (added to the first
// page; the total counts them), the relations among a set of nodes, and ego networks. A user node
// has no bundle relations, so around it the bundle is asked only for the ends it reaches.
import type { EdgeSummary, EgoNetwork, Neighbourhood, NodeSummary, Subgraph } from '../../../shared/contract';
import type { GraphStore } from '../../store/graphStore';
import { joiningEdges } from '../explorer/joiningEdges';
import type { Handlers } from '../handlers';
import type { ParsedInput } from '../../../shared/contract';
import { relationsOf, summaryOf, userEdgeSummary, userNodeSummary, withUserDegree, type UserGraph } from './userGraph';

type Base = Pick<Handlers, 'node.neighbours' | 'graph.subgraph' | 'node.ego'>;

/** The drawn user relations with one end in `ids` and the other in `ids` or `among`. */
export function userEdgesAmong(view: UserGraph, ids: ReadonlySet<string>, among: ReadonlySet<string>): EdgeSummary[] {
  const inside = (id: string): boolean => ids.has(id) || among.has(id);
  return view.relations
    .filter((r) => (ids.has(r.source) && inside(r.target)) || (ids.has(r.target) && inside(r.source)))
    .map(userEdgeSummary);
}

const otherEnd = (edge: { source: string; target: string }, id: string): string =>
  edge.source === id ? edge.target : edge.source;

export async function neighboursWithUser(
  base: Base,
  graph: GraphStore,
  view: UserGraph,
  input: ParsedInput<'node.neighbours'>,
): Promise<Neighbourhood> {
  const { id, relationKinds, cursor, among } = input;
  const kinds = relationKinds === undefined ? null : new Set<string>(relationKinds);
  const mine = relationsOf(view, id).filter((r) => kinds === null || kinds.has(r.kind));
  const own = view.nodes.get(id);
  const hood: Neighbourhood =
    own === undefined
      ? await base['node.neighbours']({ ...input, among: undefined })
      : { centre: userNodeSummary(view, own), nodes: [], edges: [], total: 0, nextCursor: null };
  const added = cursor === undefined ? mine : [];
  const shownNodes = new Set(hood.nodes.map((n) => n.id));
  const extraNodes = [...new Set(added.map((r) => otherEnd(r, id)))]
    .filter((other) => !shownNodes.has(other) && other !== id)
    .flatMap((other) => summaryOf(view, other) ?? []);
  const page: Neighbourhood = {
    centre: withUserDegree(view, hood.centre),
    nodes: [...hood.nodes.map((n) => withUserDegree(view, n)), ...extraNodes],
    edges: [...hood.edges, ...added.map(userEdgeSummary)],
    total: hood.total + mine.length,
    nextCursor: hood.nextCursor,
  };
  if (among === undefined) return page;
  // What graphService did for the bundle alone, now over both: the page's new nodes, joined.
  const shown = new Set(among);
  const fresh = [page.centre, ...page.nodes].map((n) => n.id).filter((n) => !shown.has(n));
  const inPage = new Set(page.edges.map((e) => e.id));
  const joining = [...joiningEdges(graph, fresh, among).edges, ...userEdgesAmong(view, new Set(fresh), shown)].filter(
    (e) => !inPage.has(e.id),
  );
  return { ...page, joining };
}

export async function subgraphWithUser(
  base: Base,
  view: UserGraph,
  input: ParsedInput<'graph.subgraph'>,
): Promise<Subgraph> {
  const bundle = await base['graph.subgraph'](input);
  const ids = new Set(input.ids);
  const own = input.ids.flatMap((id) => {
    const node = view.nodes.get(id);
    return node === undefined ? [] : [userNodeSummary(view, node)];
  });
  return {
    nodes: [...bundle.nodes.map((n) => withUserDegree(view, n)), ...own],
    edges: [...bundle.edges, ...userEdgesAmong(view, ids, new Set(input.among ?? []))],
    truncated: bundle.truncated,
  };
}

/**
 * The bundle's ego network (or, around a user node, just the centre) grown through the user's
 * relations: one hop from the centre, and at depth 2 one more from the ends that hop reached.
 */
export async function egoWithUser(
  base: Base,
  graph: GraphStore,
  view: UserGraph,
  input: ParsedInput<'node.ego'>,
): Promise<EgoNetwork> {
  const own = view.nodes.get(input.id);
  const centre = own === undefined ? null : userNodeSummary(view, own);
  const ego: EgoNetwork =
    centre === null ? await base['node.ego'](input) : { centre, nodes: [centre], edges: [], truncated: false };
  const nodes = new Map<string, NodeSummary>(ego.nodes.map((n) => [n.id, n]));
  let truncated = ego.truncated;
  let frontier = [input.id];
  for (let hop = 0; hop < input.depth; hop += 1) {
    const next: string[] = [];
    for (const from of frontier)
      for (const relation of relationsOf(view, from)) {
        const other = otherEnd(relation, from);
        if (nodes.has(other)) continue;
        const summary = summaryOf(view, other);
        if (summary === null) continue;
        if (nodes.size >= input.limit) {
          truncated = true;
          continue;
        }
        nodes.set(other, summary);
        next.push(other);
      }
    frontier = next;
  }
  const before = new Set(ego.nodes.map((n) => n.id));
  const added = [...nodes.keys()].filter((id) => !before.has(id));
  const all = new Set(nodes.keys());
  const bundleJoining = added.length === 0 ? [] : joiningEdges(graph, added, [...before]).edges;
  const seen = new Set(ego.edges.map((e) => e.id));
  return {
    centre: withUserDegree(view, ego.centre),
    nodes: [...nodes.values()].map((n) => withUserDegree(view, n)),
    edges: [...ego.edges, ...bundleJoining.filter((e) => !seen.has(e.id)), ...userEdgesAmong(view, all, new Set())],
    truncated,
  };
}
