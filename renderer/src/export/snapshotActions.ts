// Opening a snapshot: read and check the file, then put its view on screen in one undoable step —
// elements, positions, pins, filters, layout, selection, language and pattern — and, once the canvas
// has drawn it, the zoom and pan. A file that is refused changes nothing and says why. A snapshot may
// come from anyone: every element is first checked against the dataset, and what the dataset does
// not back is marked (verificationSlice) and counted in the message the user gets on opening.
import { nodeSummaryOf, type EdgeSummary } from '../../../shared/contract';
import type { OpenedFile } from '../../../shared/shell';
import { selectMany } from '../state/actions';
import { setPattern } from '../state/analysisSlice';
import { addNodes, clearCanvas } from '../state/graphSlice';
import { apply, atlasStore, type AtlasState } from '../state/store';
import { showDetail, showError } from '../state/uiSlice';
import { errorText } from '../i18n/errorText';
import { setSnapshotClaims } from '../state/verificationSlice';
import { restoreViewport } from './canvasExporter';
import { graphInfo } from './currentView';
import { pickSnapshotFile } from './deliver';
import { ex, problemText } from './exportStrings';
import { readSnapshot, type SnapshotRead } from './formats/snapshot';
import type { Snapshot } from './formats/snapshotSchema';
import { NOTHING_FOUND, type Verification } from './formats/verification';
import { checkSnapshot, verificationNotice } from './snapshotCheck';

export type OpenOutcome = { readonly ok: true; readonly message: string } | { readonly ok: false };

const edgeSummaryOf = (e: Snapshot['edges'][number]): EdgeSummary => ({
  id: e.id,
  kind: e.kind,
  source: e.source,
  target: e.target,
  status: e.status,
  dates: e.dates,
  provenance: e.provenance,
  note: e.note,
});

/** The producer that turns the current state into the snapshot's view. */
export const showSnapshot =
  (s: Snapshot, verification: Verification = NOTHING_FOUND) =>
  (state: AtlasState): AtlasState => {
    const nodes = s.nodes.map(nodeSummaryOf);
    const edges = s.edges.map(edgeSummaryOf);
    const loaded = setSnapshotClaims(verification, nodes, edges)(addNodes(nodes, edges)(clearCanvas()(state)));
    return setPattern(s.pattern ?? state.analysis.pattern)({
      ...loaded,
      positions: new Map(Object.entries(s.positions).map(([id, [x, y]]) => [id, { x, y }])),
      pinned: new Set(s.pinned),
      hidden: new Set(),
      filters: s.filters,
      scope: null,
      layout: s.layout,
      edgeLabels: s.edgeLabels,
      // Selected after the canvas has drawn, through the usual action, which also loads the detail panel.
      selected: { nodes: new Set(), edges: new Set() },
      selection: null,
      language: s.language,
    });
  };

export async function openSnapshotText(file: OpenedFile): Promise<OpenOutcome> {
  const read: SnapshotRead = readSnapshot(file.text);
  const language = atlasStore.getState().language;
  if (!read.ok) {
    apply(showError(problemText(language, file.name, read.problem)));
    return { ok: false };
  }
  const s = read.snapshot;
  let verification: Verification;
  try {
    verification = await checkSnapshot(s);
  } catch (error) {
    // Unchecked, a snapshot could show anything as the letter's words: it is not opened.
    apply(showError(errorText(language, error)));
    return { ok: false };
  }
  apply(showError(null));
  apply(showSnapshot(s, verification));
  apply(showDetail(null), { quiet: true });
  await restoreViewport(
    s.nodes.map((n) => n.id),
    s.viewport,
  );
  await selectMany(s.selection.nodes, s.selection.edges, s.selection.focus);
  const current = await graphInfo().catch(() => null);
  const parts = [
    ex(s.language, 'opened', file.name),
    current !== null && current.datasetVersion !== s.dataset.version
      ? ex(s.language, 'otherDataset', s.dataset.version, current.datasetVersion)
      : null,
    verificationNotice(verification, s.language),
  ];
  return { ok: true, message: parts.filter((p) => p !== null).join(' ') };
}

/** The Open… button: a native dialog in the app, a file input in browser mode. */
export async function chooseAndOpenSnapshot(): Promise<OpenOutcome | null> {
  const file = await pickSnapshotFile();
  return file === null ? null : openSnapshotText(file);
}
