// paths.find: the k shortest simple paths between two nodes over the relations that pass the
// view's filters and avoid the nodes the user kept out; among paths of one length, those through
// substantive relations rank before those through generic ones (refers to, explores, …). Each hop
// carries every relation between its two nodes, each with the citation that names both ends first.
// The search walks the bundle's packed adjacency (pathGraph.ts) from both ends (bidirectionalBfs.ts);
// Yen's algorithm (yen.ts) adds the further paths only when more than one is asked for.
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
import { toNodeSummary } from '../../store/rowMapping';
import { bidirectionalShortest } from './bidirectionalBfs';
import { rankCitations } from './bestCitation';
import { BudgetSpent, PathGraph } from './pathGraph';
import { pathReasons } from './pathReason';
import { searchSpaceFor, type SearchSpace } from './searchSpace';
import { yenKShortest } from './yen';

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

function endRow(store: GraphStore, id: string, field: 'from' | 'to') {
  const row = store.explorer.nodeRow(id);
  if (row === undefined) throw new AppError('NOT_FOUND', `No node with id "${id}" exists.`, field);
  return row;
}

/** The node paths (internal keys), best first; cut short, without a doubtful path, when the budget is spent. */
function searchPaths(graph: PathGraph, space: SearchSpace, from: number, to: number, request: PathRequest): number[][] {
  const spur = (start: number, hops: number, nodes: ReadonlySet<number>, firstHops: ReadonlySet<number>) => {
    if (graph.truncated) return null;
    try {
      return bidirectionalShortest(graph, space, start, to, hops, nodes, firstHops);
    } catch (error) {
      if (error instanceof BudgetSpent) return null;
      throw error;
    }
  };
  const genericCount = (path: readonly number[]) =>
    path.slice(1).filter((next, i) => graph.isGenericHop(path[i] ?? from, next)).length;
  const paths = yenKShortest(from, request.maxPaths, request.maxHops, spur, genericCount, () => graph.truncated);
  return paths.map((p) => [...p]);
}

export function findPaths(store: GraphStore, request: PathRequest, maxEntries?: number): PathsResult {
  const fromRow = endRow(store, request.from, 'from');
  const toRow = endRow(store, request.to, 'to');
  const from = toNodeSummary(fromRow);
  const to = toNodeSummary(toRow);
  const endsNotInYear = endsOutOfYear(from, to, request.filters?.asOfYear);
  if (endsNotInYear.length > 0)
    return { from, to, paths: [], nodes: [], truncated: false, exploredEdges: 0, endsNotInYear };
  const graph = new PathGraph(store.adjacency, {
    filters: request.filters ?? {},
    ends: [fromRow.nid, toRow.nid],
    excludedNids: new Set(store.adjacency.nidsOf(request.excludeNodes ?? [])),
    excludedKinds: new Set(request.excludeNodeKinds ?? []),
    maxEntries,
  });
  const space = searchSpaceFor(store.adjacency, store.adjacency.maxNid() + 1);
  const nidPaths = searchPaths(graph, space, fromRow.nid, toRow.nid, request);
  const rows = store.explorer.nodesByNid([...new Set(nidPaths.flat())]);
  const idOf = new Map(rows.map((r) => [r.nid, r.id]));
  const hopEids = nidPaths.map((path) => path.slice(1).map((next, i) => graph.relationsBetween(path[i] ?? 0, next)));
  const edges = store.adjacency.edgesByEid([...new Set(hopEids.flat(2))]);
  const steps = nidPaths.map((path, p) =>
    path.slice(1).map((next, i) => ({
      from: idOf.get(path[i] ?? 0) ?? '',
      to: idOf.get(next) ?? '',
      relations: (hopEids[p]?.[i] ?? []).flatMap((eid) => edges.get(eid) ?? []).sort(relationOrder),
    })),
  );
  const nodePaths = nidPaths.map((path) => path.map((nid) => idOf.get(nid) ?? ''));
  return {
    from,
    to,
    paths: describePaths(store, nodePaths, steps),
    nodes: orderOfFirstUse(nodePaths, rows.map(toNodeSummary)),
    truncated: graph.truncated,
    exploredEdges: graph.entriesRead,
    endsNotInYear,
  };
}

interface Step {
  readonly from: string;
  readonly to: string;
  readonly relations: EdgeSummary[];
}

/** Each path with its reason and, per hop, its relations and their best citations first. */
function describePaths(store: GraphStore, nodePaths: readonly string[][], steps: readonly Step[][]): FoundPath[] {
  const relationIds = [...new Set(steps.flat().flatMap((s) => s.relations.map((e) => e.id)))];
  const citations = store.paths.citations(relationIds);
  const names = store.paths.names([...new Set(nodePaths.flat())]);
  const reasonFor = pathReasons(steps.map((hops) => hops.map((h) => h.relations)));
  return nodePaths.map((nodes, i): FoundPath => {
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
}

/** The paths' nodes, each once, in the order the paths first pass them. */
function orderOfFirstUse(nodePaths: readonly string[][], nodes: readonly NodeSummary[]): NodeSummary[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return [...new Set(nodePaths.flat())].flatMap((id) => byId.get(id) ?? []);
}
