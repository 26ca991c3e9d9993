// I/O actions of the analysis features: call the service, apply the slice's producers, and put
// what was found on the canvas (through the graph slice's addNodes) with a highlight.
import type { EdgeSummary, NodeSummary } from '../../../shared/contract';
import type { FilterSpec } from '../../../shared/filters/graphFilter';
import type { PatternQuery } from '../../../shared/analysis/patternQuery';
import { errorText } from '../i18n/errorText';
import { client } from './actions';
import {
  highlightElements,
  matrixFound,
  openAnalysisTab,
  pathsFound,
  patternFound,
  requestPathFrom,
  setBusy,
  setPattern,
  setSourceTitles,
  toSummaries,
} from './analysisSlice';
import { addNodes } from './graphSlice';
import { apply, atlasStore } from './store';
import { showError } from './uiSlice';

async function running(tab: 'paths' | 'pattern' | 'matrix', work: () => Promise<void>): Promise<void> {
  try {
    apply(showError(null));
    apply(setBusy(tab));
    await work();
  } catch (error) {
    apply(showError(errorText(atlasStore.getState().language, error)));
  } finally {
    apply(setBusy(null));
  }
}

/** The filter spec as the contract's input takes it (mutable arrays, absent keys left out). */
function wireFilters(spec: FilterSpec) {
  return {
    ...(spec.nodeKinds === undefined ? {} : { nodeKinds: [...spec.nodeKinds] }),
    ...(spec.relationKinds === undefined ? {} : { relationKinds: [...spec.relationKinds] }),
    ...(spec.statuses === undefined ? {} : { statuses: [...spec.statuses] }),
    ...(spec.asOfYear === undefined ? {} : { asOfYear: spec.asOfYear }),
  };
}

/** Puts nodes and relations on the canvas (keeping what is there) and highlights them. */
export function showOnCanvas(nodes: readonly NodeSummary[], edges: readonly EdgeSummary[]): void {
  apply(addNodes(nodes, toSummaries(edges)));
  apply(
    highlightElements(
      nodes.map((n) => n.id),
      edges.map((e) => e.id),
    ),
  );
}

/** The source titles, fetched once: the path text names the document each quote comes from. */
async function ensureSourceTitles(): Promise<void> {
  if (atlasStore.getState().analysis.sourceTitles.size > 0) return;
  const info = await client().call('graph.info', {});
  apply(setSourceTitles(new Map(info.sources.map((s) => [s.id, s.title]))));
}

export const findPaths = (filters: FilterSpec, maxHops = 4, maxPaths = 5): Promise<void> =>
  running('paths', async () => {
    const { pathFrom, pathTo, pathAvoidNodes, pathAvoidKinds } = atlasStore.getState().analysis;
    if (pathFrom === null || pathTo === null) return;
    const [result] = await Promise.all([
      client().call('paths.find', {
        from: pathFrom.id,
        to: pathTo.id,
        filters: wireFilters(filters),
        maxHops,
        maxPaths,
        ...(pathAvoidNodes.length === 0 ? {} : { excludeNodes: pathAvoidNodes.map((n) => n.id) }),
        ...(pathAvoidKinds.length === 0 ? {} : { excludeNodeKinds: [...pathAvoidKinds] }),
      }),
      ensureSourceTitles(),
    ]);
    const edges = result.paths.flatMap((p) => p.hops.flatMap((h) => h.edges));
    apply(addNodes([result.from, result.to, ...result.nodes], toSummaries(edges)));
    apply(pathsFound(result));
  });

/** "Find path to…" from the canvas context menu: opens the path tab with this node as the start. */
export const requestPath = (fromId: string): void => {
  const node = atlasStore.getState().nodes.get(fromId);
  if (node !== undefined) apply(requestPathFrom(node));
};

export const runPattern = (query: PatternQuery): Promise<void> =>
  running('pattern', async () => {
    apply(setPattern(query));
    const result = await client().call('pattern.query', { query, limit: 500 });
    const nodes = new Map(result.rows.flatMap((r) => [r.subject, r.object]).map((n) => [n.id, n]));
    apply(addNodes([...nodes.values()], toSummaries(result.rows.map((r) => r.edge))));
    apply(patternFound(result));
  });

export const loadMatrix = (filters: FilterSpec): Promise<void> =>
  running('matrix', async () => {
    const { matrixRowKinds, matrixColumnKinds } = atlasStore.getState().analysis;
    if (matrixRowKinds.length === 0 || matrixColumnKinds.length === 0) return;
    const rowKinds = [...matrixRowKinds];
    const columnKinds = [...matrixColumnKinds];
    apply(matrixFound(await client().call('graph.matrix', { rowKinds, columnKinds, filters: wireFilters(filters) })));
  });

export const loadEdgeDetails = (ids: readonly string[]) =>
  Promise.all(ids.map((id) => client().call('edge.get', { id })));

export const openAnalysis = (tab: Parameters<typeof openAnalysisTab>[0]): void => {
  apply(openAnalysisTab(tab));
};

/** Copies text for a memo. False when the page may not use the clipboard (the caller then selects it). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
