// Derived views of the store, for components and for the other features (paths, metrics, exports):
// the filter spec, the visible graph, the kinds present (the year control's range is timeActions').
// Memoised on the references they read, so a selector called on every store change allocates only
// when inputs change.
import type { EdgeSummary, NodeSummary } from '../../../shared/contract';
import { edgePasses, nodePasses, type FilterSpec } from '../../../shared/filters/graphFilter';
import { NODE_KINDS, STATUSES, type NodeKind, type Status } from '../../../shared/ontology';
import type { GraphSlice } from './graphSlice';
import type { ViewSlice } from './viewSlice';

type ViewState = GraphSlice & ViewSlice;

export interface VisibleGraph {
  readonly nodes: readonly NodeSummary[];
  readonly edges: readonly EdgeSummary[];
  readonly nodeIds: ReadonlySet<string>;
  readonly edgeIds: ReadonlySet<string>;
}

/** The view's filters, as paths.find, pattern queries and graph.matrix take them. */
export const selectFilterSpec = (state: ViewSlice): FilterSpec => state.filters;

/** Remembers the last inputs and answer: zustand calls selectors on every change. */
function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R | undefined;
  return (...args: A): R => {
    if (lastArgs?.length === args.length && args.every((a, i) => a === lastArgs?.[i])) return lastResult as R;
    lastArgs = args;
    lastResult = compute(...args);
    return lastResult;
  };
}

export function visibleGraph(
  nodes: ReadonlyMap<string, NodeSummary>,
  edges: ReadonlyMap<string, EdgeSummary>,
  hidden: ReadonlySet<string>,
  filters: FilterSpec,
  scope: ViewSlice['scope'],
): VisibleGraph {
  const shown = [...nodes.values()].filter(
    (n) => !hidden.has(n.id) && (scope === null || !scope.excluded.has(n.id)) && nodePasses(n, filters),
  );
  const nodeIds = new Set(shown.map((n) => n.id));
  const shownEdges = [...edges.values()].filter(
    (e) => nodeIds.has(e.source) && nodeIds.has(e.target) && edgePasses(e, filters),
  );
  return { nodes: shown, edges: shownEdges, nodeIds, edgeIds: new Set(shownEdges.map((e) => e.id)) };
}

const visibleMemo = memoLast(visibleGraph);

/** What the canvas and the table show: loaded, not hidden by hand, inside the scope, passing the filters. */
export const selectVisibleGraph = (state: ViewState): VisibleGraph =>
  visibleMemo(state.nodes, state.edges, state.hidden, state.filters, state.scope);

/** Node kinds among the loaded nodes, in ontology order (the filter and legend list these). */
export const selectKindsLoaded = memoLast((nodes: ReadonlyMap<string, NodeSummary>): NodeKind[] => {
  const present = new Set([...nodes.values()].map((n) => n.kind));
  return NODE_KINDS.filter((k) => present.has(k));
});

/** Node kinds and relation statuses on screen now, for the legend. */
export const selectLegendEntries = memoLast((visible: VisibleGraph): { kinds: NodeKind[]; statuses: Status[] } => {
  const kinds = new Set(visible.nodes.map((n) => n.kind));
  const statuses = new Set(visible.edges.map((e) => e.status));
  return { kinds: NODE_KINDS.filter((k) => kinds.has(k)), statuses: STATUSES.filter((s) => statuses.has(s)) };
});

/** Hidden-by-filter counts, so the filter panel can say "12 hidden". */
export const selectHiddenCount = (state: ViewState): number =>
  state.nodes.size - selectVisibleGraph(state).nodes.length;
