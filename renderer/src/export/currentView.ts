// Reads what the canvas shows from the store (the visible graph, positions, selection, filters) and,
// through the registered exporter, the zoom and pan: the input every export is built from.
import type { GraphInfo } from '../../../shared/contract';
import { client } from '../state/actions';
import { selectVisibleGraph } from '../state/selectors';
import { atlasStore } from '../state/store';
import { selectShownFindings } from '../state/verificationSlice';
import { canvasExporter } from './canvasExporter';
import type { BriefingScope } from './formats/briefing';
import {
  detailsFrom,
  exportGraph,
  withUserDocuments,
  type ExportDetails,
  type ExportGraph,
} from './formats/exportModel';
import type { SnapshotInput } from './formats/snapshot';

export function visibleExportGraph(): ExportGraph {
  const state = atlasStore.getState();
  const visible = selectVisibleGraph(state);
  return exportGraph(
    visible.nodes,
    visible.edges,
    state.positions,
    state.language,
    selectShownFindings(state),
    state.filters.asOfYear,
  );
}

/** Descriptions and citations of these elements, in one call. */
export async function fetchDetails(nodeIds: readonly string[], edgeIds: readonly string[]): Promise<ExportDetails> {
  if (nodeIds.length === 0 && edgeIds.length === 0) return detailsFrom([], []);
  const details = await client().call('graph.details', { nodeIds: [...nodeIds], edgeIds: [...edgeIds] });
  return detailsFrom(details.nodes, details.edges);
}

let info: Promise<GraphInfo> | null = null;

/** The dataset's version and sources: asked once per session, they do not change while the app runs. */
export function graphInfo(): Promise<GraphInfo> {
  info ??= client().call('graph.info', {});
  info.catch(() => {
    info = null;
  });
  return info;
}

/**
 * graph.info's sources followed by the user's own documents (document.list, asked each time: they
 * change while the app runs), so a user addition's citation names the user's document by its title.
 * Without the documents (an older server, a user database that cannot be read) the bundled sources stand.
 */
export async function citationInfo(): Promise<GraphInfo> {
  const [dataset, documents] = await Promise.all([
    graphInfo(),
    client()
      .call('document.list', {})
      .catch(() => []),
  ]);
  return withUserDocuments(dataset, documents);
}

export async function snapshotInput(graph: ExportGraph): Promise<SnapshotInput> {
  const state = atlasStore.getState();
  const [details, dataset] = await Promise.all([
    fetchDetails(
      graph.nodes.map((n) => n.id),
      graph.edges.map((e) => e.id),
    ),
    graphInfo(),
  ]);
  return {
    graph,
    details,
    datasetVersion: dataset.datasetVersion,
    pinned: state.pinned,
    selection: { nodes: state.selected.nodes, edges: state.selected.edges, focus: state.selection },
    viewport: canvasExporter()?.viewport() ?? { zoom: 1, pan: { x: 0, y: 0 } },
    filters: state.filters,
    layout: state.layout,
    edgeLabels: state.edgeLabels,
    pattern: state.analysis.patternResult === null ? null : state.analysis.pattern,
  };
}

/** The nodes the briefing covers: every visible one, the selected ones, or the highlighted path's. */
export function briefingNodeIds(graph: ExportGraph, scope: BriefingScope): string[] {
  if (scope === 'visible') return graph.nodes.map((n) => n.id);
  if (scope === 'selection') return selectedVisibleNodeIds(graph);
  const marked = atlasStore.getState().analysis.highlight.nodes;
  return graph.nodes.filter((n) => marked.has(n.id)).map((n) => n.id);
}

/** The selected nodes that are in view, in the order they were selected. */
export function selectedVisibleNodeIds(graph: ExportGraph): string[] {
  const visible = new Set(graph.nodes.map((n) => n.id));
  return [...atlasStore.getState().selected.nodes].filter((id) => visible.has(id));
}
