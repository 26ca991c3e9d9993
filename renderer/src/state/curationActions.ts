// I/O actions of curation: make a node or relation from a passage, edit or delete the user's own,
// write a note on anything, and undo the last change from its notice. Each change lands on the canvas
// (added and selected, or taken off) and says so in a notice that offers the undo.
import type { EdgeDetail, EdgeSummary, Language, MethodInput, NodeDetail, NodeSummary } from '../../../shared/contract';
import { cx } from '../i18n/curationStrings';
import { errorText } from '../i18n/errorText';
import { client, selectEdge, selectNode } from './actions';
import {
  forgetElements,
  noticeCuration,
  openDraft,
  patchNote,
  setAdditions,
  type CurationDraft,
  type UndoStep,
} from './curationSlice';
import { addNodes } from './graphSlice';
import { closeSourceView } from './sourceSlice';
import { apply, atlasStore } from './store';
import { showError } from './uiSlice';
import { relationPhrase } from '../i18n/relationPhrase';

export type NodeInput = MethodInput<'curation.createNode'>;
export type RelationInput = MethodInput<'curation.createRelation'>;
export type NodeChanges = Omit<MethodInput<'curation.updateNode'>, 'id'>;
export type RelationChanges = Omit<MethodInput<'curation.updateRelation'>, 'id'>;

export const startCuration = (draft: CurationDraft): void => apply(openDraft(draft), { quiet: true });
export const closeCuration = (): void => apply(openDraft(null), { quiet: true });
export const dismissCurationNotice = (): void => apply(noticeCuration(null), { quiet: true });

const language = (): Language => atlasStore.getState().language;
const shownIds = (): string[] => [...atlasStore.getState().nodes.keys()];

/** "Europol — is lid van → EMPACT", in the language shown, with labels from the canvas where it has them. */
export function relationText(edge: Pick<EdgeSummary, 'source' | 'kind' | 'target'>, lang: Language): string {
  const label = (id: string): string => atlasStore.getState().nodes.get(id)?.label[lang] ?? id;
  return relationPhrase(label(edge.source), edge.kind, label(edge.target), lang);
}

/** Puts nodes on the canvas with their relations to what is shown, and `extra` (a relation of the user's) too. */
export async function putOnCanvas(
  ids: readonly string[],
  extra: readonly EdgeSummary[],
  own: readonly NodeSummary[] = [],
) {
  const { nodes, edges } = await client().call('graph.subgraph', { ids: [...ids], among: shownIds() });
  const found = new Set(nodes.map((n) => n.id));
  apply(addNodes([...nodes, ...own.filter((n) => !found.has(n.id))], [...edges, ...extra]));
}

async function refreshAdditions(): Promise<void> {
  if (atlasStore.getState().additions === null && !atlasStore.getState().additionsOpen) return;
  apply(setAdditions(await client().call('curation.list', {})), { quiet: true });
}

function after(key: Parameters<typeof cx>[1], args: readonly string[], undo: UndoStep | null): void {
  apply(noticeCuration(key, args, undo), { quiet: true });
  void refreshAdditions().catch(() => undefined);
}

/** Creates a node from the draft's passage; throws for the form to word the refusal. */
export async function createNode(input: NodeInput): Promise<NodeDetail> {
  const node = await client().call('curation.createNode', input);
  apply(openDraft(null), { quiet: true });
  apply(closeSourceView(), { quiet: true });
  await putOnCanvas([node.id], [], [node]);
  await selectNode(node.id);
  after('nodeCreated', [node.label[language()]], { call: 'curation.delete', id: node.id });
  return node;
}

/** Creates a relation from the draft's passage; both ends come onto the canvas with it, selected. */
export async function createRelation(input: RelationInput): Promise<EdgeDetail> {
  const edge = await client().call('curation.createRelation', input);
  apply(openDraft(null), { quiet: true });
  apply(closeSourceView(), { quiet: true });
  await putOnCanvas([edge.source, edge.target], [edge]);
  await selectEdge(edge.id);
  after('relationCreated', [relationText(edge, language())], { call: 'curation.delete', id: edge.id });
  return edge;
}

/** Saves changes to the user's node; the notice's undo puts the previous values back. */
export async function updateNode(previous: NodeDetail, changes: NodeChanges): Promise<NodeDetail> {
  const node = await client().call('curation.updateNode', { id: previous.id, ...changes });
  apply(openDraft(null), { quiet: true });
  await reshow(node.id, 'node');
  const undo: UndoStep = {
    call: 'curation.updateNode',
    input: {
      id: previous.id,
      label: { nl: previous.label.nl, ...(previous.label.en === previous.label.nl ? {} : { en: previous.label.en }) },
      status: previous.status,
      dates: previous.dates,
      description: previous.description.nl,
      aliases: [...previous.aliases],
    },
  };
  after('nodeUpdated', [node.label[language()]], undo);
  return node;
}

export async function updateRelation(previous: EdgeDetail, changes: RelationChanges): Promise<EdgeDetail> {
  const edge = await client().call('curation.updateRelation', { id: previous.id, ...changes });
  apply(openDraft(null), { quiet: true });
  await reshow(edge.id, 'edge');
  const undo: UndoStep = {
    call: 'curation.updateRelation',
    input: { id: previous.id, kind: previous.kind, status: previous.status, dates: previous.dates },
  };
  after('relationUpdated', [relationText(edge, language())], undo);
  return edge;
}

/** The canvas's summary and the panel's details of a changed element, as the service now has them. */
async function reshow(id: string, type: 'node' | 'edge'): Promise<void> {
  const state = atlasStore.getState();
  if (type === 'node') {
    if (state.nodes.has(id)) await putOnCanvas([id], []);
    await selectNode(id);
    return;
  }
  const edge = await client().call('edge.get', { id });
  if (state.nodes.has(edge.source) && state.nodes.has(edge.target)) apply(addNodes([], [edge]), { quiet: true });
  await selectEdge(id);
}

/** Deletes the user's node (with its relations) or relation; it leaves the canvas, the notice can undo it. */
export async function deleteAddition(id: string, label: string): Promise<void> {
  const gone = await client().call('curation.delete', { id });
  apply(forgetElements(gone.nodeIds, gone.edgeIds), { quiet: true });
  after('deleted', [label], { call: 'curation.restore', id });
}

async function bringBack(nodeIds: readonly string[], edgeIds: readonly string[]): Promise<void> {
  const { edges } = await client().call('graph.details', { nodeIds: [], edgeIds: [...edgeIds] });
  const ends = edges.flatMap((e) => [e.source, e.target]);
  await putOnCanvas([...new Set([...nodeIds, ...ends])], edges);
  const first = nodeIds[0];
  const edge = edgeIds[0];
  if (first !== undefined) await selectNode(first);
  else if (edge !== undefined) await selectEdge(edge);
}

/** Runs the notice's undo: the opposite call, and the canvas follows. */
export async function undoCuration(step: UndoStep, what: string): Promise<void> {
  try {
    apply(showError(null), { quiet: true });
    if (step.call === 'curation.delete') {
      const gone = await client().call('curation.delete', { id: step.id });
      apply(forgetElements(gone.nodeIds, gone.edgeIds), { quiet: true });
    } else if (step.call === 'curation.restore') {
      const back = await client().call('curation.restore', { id: step.id });
      await bringBack(back.nodeIds, back.edgeIds);
    } else if (step.call === 'curation.updateNode') {
      await client().call('curation.updateNode', step.input);
      await reshow(step.input.id, 'node');
    } else {
      await client().call('curation.updateRelation', step.input);
      await reshow(step.input.id, 'edge');
    }
    after('undone', [what], null);
  } catch (error) {
    apply(showError(errorText(language(), error)), { quiet: true });
  }
}

/** Writes (or, with empty text, removes) the user's note on any node or relation; throws for the form. */
export async function saveNote(targetId: string, text: string): Promise<void> {
  const { note } = await client().call('note.set', { targetId, text });
  apply(patchNote(targetId, note), { quiet: true });
  void refreshAdditions().catch(() => undefined);
}
