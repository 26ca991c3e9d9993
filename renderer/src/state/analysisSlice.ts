// Analysis state: the path search and its endpoints, the pattern query, metric mappings for the
// canvas, the matrix, and what the canvas highlights. Producers are pure: (args) => (state) => state.
import type {
  EdgeSummary,
  Localized,
  MatrixResult,
  NodeSummary,
  PathsResult,
  PatternResult,
} from '../../../shared/contract';
import { emptyPatternQuery, type PatternQuery } from '../../../shared/analysis/patternQuery';
import type { NodeKind } from '../../../shared/ontology';
import type { NodeColourBy, NodeSizeBy } from '../analysis/metricMapping';

export const ANALYSIS_TABS = ['paths', 'pattern', 'metrics', 'matrix'] as const;
export type AnalysisTab = (typeof ANALYSIS_TABS)[number];

export interface Highlight {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export interface AnalysisState {
  /** The open analysis tab; null when the panel is closed. */
  readonly tab: AnalysisTab | null;
  readonly pathFrom: NodeSummary | null;
  readonly pathTo: NodeSummary | null;
  /** Nodes and kinds of node the path search must not pass through (e.g. keep the Minister out). */
  readonly pathAvoidNodes: readonly NodeSummary[];
  readonly pathAvoidKinds: readonly NodeKind[];
  readonly paths: PathsResult | null;
  readonly pattern: PatternQuery;
  readonly patternResult: PatternResult | null;
  /** Read by the canvas style: node size and colour from a metric of the visible graph. */
  readonly nodeSizeBy: NodeSizeBy;
  readonly nodeColourBy: NodeColourBy;
  readonly matrixRowKinds: readonly NodeKind[];
  readonly matrixColumnKinds: readonly NodeKind[];
  readonly matrix: MatrixResult | null;
  readonly matrixCell: { readonly row: string; readonly column: string } | null;
  /** Elements the canvas marks: the found paths, the pattern's results or a matrix cell's relations. */
  readonly highlight: Highlight;
  /** Which request is running, so its button can say so. */
  readonly busy: AnalysisTab | null;
  readonly sourceTitles: ReadonlyMap<string, Localized>;
}

export interface AnalysisSlice {
  readonly analysis: AnalysisState;
}

export const NO_HIGHLIGHT: Highlight = { nodes: new Set(), edges: new Set() };

export const initialAnalysis: AnalysisSlice = {
  analysis: {
    tab: null,
    pathFrom: null,
    pathTo: null,
    pathAvoidNodes: [],
    pathAvoidKinds: [],
    paths: null,
    pattern: emptyPatternQuery(),
    patternResult: null,
    nodeSizeBy: 'none',
    nodeColourBy: 'kind',
    matrixRowKinds: ['state'],
    matrixColumnKinds: ['treaty', 'legislation', 'instrument'],
    matrix: null,
    matrixCell: null,
    highlight: NO_HIGHLIGHT,
    busy: null,
    sourceTitles: new Map(),
  },
};

const patch =
  (changes: Partial<AnalysisState>) =>
  <S extends AnalysisSlice>(state: S): S => ({ ...state, analysis: { ...state.analysis, ...changes } });

export const openAnalysisTab = (tab: AnalysisTab | null) => patch({ tab });

/** Sets one end of the path search; a node chosen as an end is no longer avoided. */
export const setPathEnd =
  (end: 'from' | 'to', node: NodeSummary | null) =>
  <S extends AnalysisSlice>(state: S): S =>
    patch({
      ...(end === 'from' ? { pathFrom: node } : { pathTo: node }),
      pathAvoidNodes: state.analysis.pathAvoidNodes.filter((n) => n.id !== node?.id),
      paths: null,
    })(state);

/** The contract's cap on avoided nodes (paths.find's excludeNodes). */
export const MAX_AVOIDED_NODES = 50;

/** Keeps a node out of the path search; an end of the search, or one already avoided, is not added. */
export const avoidPathNode =
  (node: NodeSummary) =>
  <S extends AnalysisSlice>(state: S): S => {
    const { pathFrom, pathTo, pathAvoidNodes } = state.analysis;
    const isEnd = node.id === pathFrom?.id || node.id === pathTo?.id;
    if (isEnd || pathAvoidNodes.some((n) => n.id === node.id) || pathAvoidNodes.length >= MAX_AVOIDED_NODES)
      return state;
    return patch({ pathAvoidNodes: [...pathAvoidNodes, node], paths: null })(state);
  };

export const allowPathNode =
  (id: string) =>
  <S extends AnalysisSlice>(state: S): S =>
    patch({ pathAvoidNodes: state.analysis.pathAvoidNodes.filter((n) => n.id !== id), paths: null })(state);

export const setPathAvoidKinds = (kinds: readonly NodeKind[]) => patch({ pathAvoidKinds: kinds, paths: null });

/** "Find path to…" from the canvas: this node becomes the start; the user picks the end. */
export const requestPathFrom = (node: NodeSummary) =>
  patch({ tab: 'paths', pathFrom: node, pathTo: null, paths: null });

export const setBusy = (busy: AnalysisTab | null) => patch({ busy });

export const highlightElements = (nodes: Iterable<string>, edges: Iterable<string>) =>
  patch({ highlight: { nodes: new Set(nodes), edges: new Set(edges) } });

export const clearHighlight = () => patch({ highlight: NO_HIGHLIGHT });

export const pathsFound = (paths: PathsResult) =>
  patch({
    paths,
    busy: null,
    highlight: {
      nodes: new Set(paths.paths.flatMap((p) => p.nodes)),
      edges: new Set(paths.paths.flatMap((p) => p.hops.flatMap((h) => h.edges.map((e) => e.id)))),
    },
  });

export const setPattern = (pattern: PatternQuery) => patch({ pattern, patternResult: null });

export const patternFound = (patternResult: PatternResult) =>
  patch({
    patternResult,
    busy: null,
    highlight: {
      nodes: new Set(patternResult.rows.flatMap((r) => [r.subject.id, r.object.id])),
      edges: new Set(patternResult.rows.map((r) => r.edge.id)),
    },
  });

export const setNodeSizeBy = (nodeSizeBy: NodeSizeBy) => patch({ nodeSizeBy });
export const setNodeColourBy = (nodeColourBy: NodeColourBy) => patch({ nodeColourBy });

export const setMatrixKinds = (axis: 'rows' | 'columns', kinds: readonly NodeKind[]) =>
  patch(axis === 'rows' ? { matrixRowKinds: kinds, matrix: null } : { matrixColumnKinds: kinds, matrix: null });

export const matrixFound = (matrix: MatrixResult) => patch({ matrix, matrixCell: null, busy: null });

export const selectMatrixCell = (cell: { readonly row: string; readonly column: string } | null) =>
  patch({ matrixCell: cell });

export const setSourceTitles = (sourceTitles: ReadonlyMap<string, Localized>) => patch({ sourceTitles });

/** Relations of a summary list that the canvas can draw (drops citations, which the store does not keep). */
export const toSummaries = (edges: readonly EdgeSummary[]): EdgeSummary[] =>
  edges.map(({ id, kind, source, target, status, dates, provenance, note }) => ({
    id,
    kind,
    source,
    target,
    status,
    dates,
    provenance,
    note,
  }));
