// I/O actions of the "Mijn toevoegingen" list: open it (curation.list), open one of its items on
// the canvas, and the words it needs beyond the list itself (relations' ends, what notes are on).
import type { EdgeDetail, Language, NodeSummary } from '../../../shared/contract';
import { errorText } from '../i18n/errorText';
import { client, selectEdge, selectNode } from './actions';
import { putOnCanvas } from './curationActions';
import { setAdditions, setAdditionsOpen } from './curationSlice';
import { apply, atlasStore } from './store';
import { showDetail, showError } from './uiSlice';
import { relationPhrase } from '../i18n/relationPhrase';

const language = (): Language => atlasStore.getState().language;

export const openAdditions = async (): Promise<void> => {
  apply(setAdditionsOpen(true), { quiet: true });
  try {
    apply(setAdditions(await client().call('curation.list', {})), { quiet: true });
  } catch (error) {
    apply(showError(errorText(language(), error)), { quiet: true });
  }
};

export const closeAdditions = (): void => apply(setAdditionsOpen(false), { quiet: true });

/** Opens one of the user's additions from the list: on the canvas, selected, its details shown. */
export async function openAddition(type: 'node' | 'edge', id: string): Promise<void> {
  try {
    closeAdditions();
    if (type === 'node') {
      await putOnCanvas([id], []);
      await selectNode(id);
      return;
    }
    const edge = await client().call('edge.get', { id });
    await putOnCanvas([edge.source, edge.target], [edge]);
    await selectEdge(id);
  } catch (error) {
    apply(showError(errorText(language(), error)), { quiet: true });
  }
}

/** A detached relation cannot stand on the canvas (an end is gone): the panel shows its details alone. */
export const openDetached = (edge: EdgeDetail): void => {
  closeAdditions();
  apply(showDetail({ type: 'edge', edge }), { quiet: true });
};

/** The summaries of some nodes (a relation's ends, a node the passage mentions), for the forms. */
export async function summariesOf(ids: readonly string[]): Promise<readonly NodeSummary[]> {
  return (await client().call('graph.subgraph', { ids: [...ids] })).nodes;
}

export interface NoteTarget {
  readonly type: 'node' | 'edge';
  readonly text: string;
}

/** What each note is on, worded for the list: a node's label, or a relation's ends and kind. */
export async function noteTargets(ids: readonly string[], lang: Language): Promise<ReadonlyMap<string, NoteTarget>> {
  const found = new Map<string, NoteTarget>();
  if (ids.length === 0) return found;
  const first = await client().call('graph.details', { nodeIds: [...ids], edgeIds: [...ids] });
  const endIds = first.edges.flatMap((e) => [e.source, e.target]);
  const ends =
    endIds.length === 0 ? [] : (await client().call('graph.details', { nodeIds: endIds, edgeIds: [] })).nodes;
  const label = new Map([...first.nodes, ...ends].map((n) => [n.id, n.label[lang]]));
  const named = (id: string): string => label.get(id) ?? id;
  for (const n of first.nodes) found.set(n.id, { type: 'node', text: n.label[lang] });
  for (const e of first.edges)
    found.set(e.id, {
      type: 'edge',
      text: relationPhrase(named(e.source), e.kind, named(e.target), lang),
    });
  return found;
}

/** The labels of some nodes in the language shown (a relation's ends in the list); absent ones are left out. */
export async function labelsOf(ids: readonly string[], lang: Language): Promise<ReadonlyMap<string, string>> {
  if (ids.length === 0) return new Map();
  const { nodes } = await client().call('graph.details', { nodeIds: [...new Set(ids)], edgeIds: [] });
  return new Map(nodes.map((n) => [n.id, n.label[lang]]));
}
