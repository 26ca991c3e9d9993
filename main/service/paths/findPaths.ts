// paths.find: the k shortest simple paths between two nodes over the relations that pass the
// view's filters and avoid the nodes the user kept out; among paths of one length, those through
// substantive relations rank before those through generic ones (refers to, explores, …). Each hop
// carries every relation between its two nodes, each with the citation that names both ends first.
import {
  AppError,
  type EdgeSummary,
  type FoundPath,
  type NodeSummary,
  type PathsResult,
} from '../../../shared/contract';
import { nodePasses, type FilterSpec } from '../../../shared/filters/graphFilter';
import { isGenericRelation, type NodeKind } from '../../../shared/ontology';
import type { GraphStore } from '../../store/graphStore';
import { expandAround, type Neighbourhood } from './expandAround';
import { kShortestPaths, pairKey, type GenericHop } from './kShortestPaths';
import { pathReasons } from './pathReason';
import { rankCitations } from './bestCitation';

export interface PathRequest {
  readonly from: string;
  readonly to: string;
  readonly filters?: FilterSpec | undefined;
  readonly maxPaths: number;
  readonly maxHops: number;
  readonly excludeNodes?: readonly string[] | undefined;
  readonly excludeNodeKinds?: readonly NodeKind[] | undefined;
}

const STATUS_ORDER = ['in-force', 'pending-ratification', 'planned', 'ambition', 'historical'];

/** Substantive relations before generic ones, then those in force before the rest. */
const relationOrder = (a: EdgeSummary, b: EdgeSummary): number =>
  Number(isGenericRelation(a.kind)) - Number(isGenericRelation(b.kind)) ||
  STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);

/** The ends that do not hold in the as-of year, by the shared rule (kinds aside: the user chose them). */
function endsOutOfYear(from: NodeSummary, to: NodeSummary, year: number | undefined): ('from' | 'to')[] {
  if (year === undefined) return [];
  return (['from', 'to'] as const).filter((end) => !nodePasses(end === 'from' ? from : to, { asOfYear: year }));
}

/**
 * Which hops are generic: those where every relation between the two nodes is. Found once, up front:
 * the searches ask about every hop they try, and most graphs have few generic hops (or none, and then
 * the ranking costs nothing).
 */
function genericHops(graph: Neighbourhood['graph']): GenericHop | undefined {
  const pairs = new Set<string>();
  graph.forEachEdge((_key, { relations }, a, b) => {
    if (relations.every((r) => isGenericRelation(r.kind))) pairs.add(pairKey(a, b));
  });
  return pairs.size === 0 ? undefined : (a, b) => pairs.has(pairKey(a, b));
}

export function findPaths(store: GraphStore, request: PathRequest, maxEdges?: number): PathsResult {
  const ends = store.paths.nodes([request.from, request.to]);
  const from = ends.find((n) => n.id === request.from);
  const to = ends.find((n) => n.id === request.to);
  if (from === undefined) throw new AppError('NOT_FOUND', `No node with id "${request.from}" exists.`, 'from');
  if (to === undefined) throw new AppError('NOT_FOUND', `No node with id "${request.to}" exists.`, 'to');
  const endsNotInYear = endsOutOfYear(from, to, request.filters?.asOfYear);
  if (endsNotInYear.length > 0)
    return { from, to, paths: [], nodes: [], truncated: false, exploredEdges: 0, endsNotInYear };
  const excludedIds = new Set(request.excludeNodes ?? []);
  const excludedKinds = new Set(request.excludeNodeKinds ?? []);
  const avoided = (node: { id: string; kind: NodeKind }) => excludedIds.has(node.id) || excludedKinds.has(node.kind);
  const around = expandAround(store.paths, from, to, request.maxHops, request.filters ?? {}, maxEdges, avoided);
  const relationsOf = (a: string, b: string): EdgeSummary[] => {
    const key = around.graph.edge(a, b);
    return key === undefined ? [] : around.graph.getEdgeAttribute(key, 'relations');
  };
  const isGeneric = genericHops(around.graph);
  const nodePaths = kShortestPaths(around.graph, from.id, to.id, request.maxPaths, request.maxHops, isGeneric);
  const steps = nodePaths.map((path) =>
    path.slice(1).map((next, i) => {
      const here = path[i] ?? from.id;
      return { from: here, to: next, relations: [...relationsOf(here, next)].sort(relationOrder) };
    }),
  );
  const relationIds = [...new Set(steps.flat().flatMap((s) => s.relations.map((e) => e.id)))];
  const citations = store.paths.citations(relationIds);
  const names = store.paths.names([...new Set(nodePaths.flat())]);
  const reasonFor = pathReasons(steps.map((hops) => hops.map((h) => h.relations)));
  const paths = nodePaths.map((nodes, i): FoundPath => {
    const hops = steps[i] ?? [];
    return {
      nodes,
      reason: reasonFor(hops.map((h) => h.relations)),
      hops: hops.map((step) => ({
        from: step.from,
        to: step.to,
        edges: step.relations.map((edge) => ({
          ...edge,
          citations: rankCitations(citations.get(edge.id) ?? [], names.get(step.from) ?? [], names.get(step.to) ?? []),
        })),
      })),
    };
  });
  const onPaths = new Set(nodePaths.flat());
  return {
    from,
    to,
    paths,
    nodes: [...around.nodes.values()].filter((n) => onPaths.has(n.id)),
    truncated: around.truncated,
    exploredEdges: around.loadedEdges,
    endsNotInYear,
  };
}
