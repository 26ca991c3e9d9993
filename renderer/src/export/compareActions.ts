// Comparing: a snapshot with the current data (the same elements looked up again, plus relations
// that now join its nodes), or two snapshots with each other. The result goes to the store, from
// where the list shows it, the canvas marks it on request and the briefing can include it.
import type { EdgeDetail, NodeDetail, NodeSummary } from '../../../shared/contract';
import type { OpenedFile } from '../../../shared/shell';
import { client } from '../state/actions';
import { setChangeMarks, setComparison, type Comparison } from '../state/compareSlice';
import { addNodes, setPositions } from '../state/graphSlice';
import { apply, atlasStore } from '../state/store';
import { showError } from '../state/uiSlice';
import { fetchDetails } from './currentView';
import { pickSnapshotFile } from './deliver';
import { problemText } from './exportStrings';
import { diffGraphs, diffMarks, type Side } from './formats/graphDiff';
import { readSnapshot, snapshotSide } from './formats/snapshot';
import type { Snapshot } from './formats/snapshotSchema';

/** Kept beside the comparison: where the compared snapshot's nodes stood, for showing removed ones. */
let comparedPositions: ReadonlyMap<string, { x: number; y: number }> = new Map();

function labelsOf(...sides: Side[]): Map<string, NodeSummary> {
  return new Map(sides.flatMap((side) => [...side.nodes.values()].map((n) => [n.id, n] as const)));
}

function readChosen(file: OpenedFile | null): Snapshot | null {
  if (file === null) return null;
  const read = readSnapshot(file.text);
  if (read.ok) return read.snapshot;
  apply(showError(problemText(atlasStore.getState().language, file.name, read.problem)));
  return null;
}

/** The snapshot's elements as they are in the data now, with the relations that joined them since. */
async function currentSide(snapshot: Snapshot): Promise<Side> {
  const ids = snapshot.nodes.map((n) => n.id);
  const among = ids.length === 0 ? { edges: [] } : await client().call('graph.subgraph', { ids });
  const edgeIds = [...new Set([...snapshot.edges.map((e) => e.id), ...among.edges.map((e) => e.id)])];
  const details = await fetchDetails(ids, edgeIds);
  return { nodes: details.nodes, edges: details.edges };
}

function compared(before: Side, after: Side, since: string, positions: Snapshot['positions']): Comparison {
  comparedPositions = new Map(Object.entries(positions).map(([id, [x, y]]) => [id, { x, y }]));
  return { diff: diffGraphs(before, after), since, labels: labelsOf(before, after) };
}

export async function compareWithCurrent(file?: OpenedFile): Promise<Comparison | null> {
  const chosen = file ?? (await pickSnapshotFile());
  const snapshot = readChosen(chosen);
  if (snapshot === null || chosen === null) return null;
  const comparison = compared(snapshotSide(snapshot), await currentSide(snapshot), chosen.name, snapshot.positions);
  apply(setComparison(comparison), { quiet: true });
  return comparison;
}

export async function compareTwoSnapshots(older?: OpenedFile, newer?: OpenedFile): Promise<Comparison | null> {
  const first = older ?? (await pickSnapshotFile());
  const before = readChosen(first);
  if (before === null || first === null) return null;
  const second = newer ?? (await pickSnapshotFile());
  const after = readChosen(second);
  if (after === null || second === null) return null;
  const positions = { ...before.positions, ...after.positions };
  const comparison = compared(snapshotSide(before), snapshotSide(after), `${first.name} → ${second.name}`, positions);
  apply(setComparison(comparison), { quiet: true });
  return comparison;
}

/** Puts every element either side names on the canvas and marks what was added, removed or changed. */
export function showChangesOnCanvas(): void {
  const comparison = atlasStore.getState().comparison;
  if (comparison === null) return;
  const nodes = new Map<string, NodeDetail>();
  const edges = new Map<string, EdgeDetail>();
  for (const change of comparison.diff.nodes) nodes.set(change.id, (change.after ?? change.before) as NodeDetail);
  for (const change of comparison.diff.edges) edges.set(change.id, (change.after ?? change.before) as EdgeDetail);
  // A changed relation's ends come along, so it can be drawn.
  for (const edge of edges.values())
    for (const id of [edge.source, edge.target]) {
      const label = comparison.labels.get(id);
      if (!nodes.has(id) && label !== undefined) nodes.set(id, label as NodeDetail);
    }
  const loaded = atlasStore.getState().positions;
  const placed = [...comparedPositions].filter(([id]) => nodes.has(id) && !loaded.has(id));
  apply((state) => setPositions(placed)(addNodes([...nodes.values()], [...edges.values()])(state)));
  apply(setChangeMarks(diffMarks(comparison.diff)), { quiet: true });
}

export const hideChangeMarks = (): void =>
  apply(setChangeMarks({ nodes: new Map(), edges: new Map() }), { quiet: true });

export const closeComparison = (): void => apply(setComparison(null), { quiet: true });
