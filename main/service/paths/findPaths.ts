// paths.find: the k shortest simple paths between two nodes over the relations that pass the
// view's filters, each hop with every relation between its two nodes and their citations.
import { AppError, type EdgeDetail, type FoundPath, type PathsResult } from '../../../shared/contract';
import type { FilterSpec } from '../../../shared/filters/graphFilter';
import type { GraphStore } from '../../store/graphStore';
import { expandAround } from './expandAround';
import { kShortestPaths } from './kShortestPaths';

export interface PathRequest {
  readonly from: string;
  readonly to: string;
  readonly filters?: FilterSpec | undefined;
  readonly maxPaths: number;
  readonly maxHops: number;
}

const STATUS_ORDER = ['in-force', 'pending-ratification', 'planned', 'ambition', 'historical'];

export function findPaths(store: GraphStore, request: PathRequest, maxEdges?: number): PathsResult {
  const ends = store.paths.nodes([request.from, request.to]);
  const from = ends.find((n) => n.id === request.from);
  const to = ends.find((n) => n.id === request.to);
  if (from === undefined) throw new AppError('NOT_FOUND', `No node with id "${request.from}" exists.`, 'from');
  if (to === undefined) throw new AppError('NOT_FOUND', `No node with id "${request.to}" exists.`, 'to');
  const around = expandAround(store.paths, from, to, request.maxHops, request.filters ?? {}, maxEdges);
  const nodePaths = kShortestPaths(around.graph, from.id, to.id, request.maxPaths, request.maxHops);
  const hopsOf = (path: readonly string[]) =>
    path.slice(1).map((next, i) => {
      const here = path[i] ?? from.id;
      const key = around.graph.edge(here, next);
      const relations = key === undefined ? [] : around.graph.getEdgeAttribute(key, 'relations');
      return { from: here, to: next, relations };
    });
  const steps = nodePaths.map(hopsOf);
  const citations = store.paths.citations([...new Set(steps.flat().flatMap((s) => s.relations.map((e) => e.id)))]);
  const paths: FoundPath[] = nodePaths.map((nodes, i) => ({
    nodes,
    hops: (steps[i] ?? []).map((step) => ({
      from: step.from,
      to: step.to,
      edges: [...step.relations]
        .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))
        .map((edge): EdgeDetail => ({ ...edge, citations: citations.get(edge.id) ?? [] })),
    })),
  }));
  const onPaths = new Set(nodePaths.flat());
  return {
    from,
    to,
    paths,
    nodes: [...around.nodes.values()].filter((n) => onPaths.has(n.id)),
    truncated: around.truncated,
    exploredEdges: around.loadedEdges,
  };
}
