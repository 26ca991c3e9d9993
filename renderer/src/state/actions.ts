// I/O actions: plain async functions that call the API and apply producers with the results.
// Canvas actions live in canvasActions.ts, views and history in viewActions.ts.
import type {
  EdgeSummary,
  Language,
  Neighbourhood,
  NodeSummary,
  SearchHit,
  SourceDocument,
} from '../../../shared/contract';
import { nodePasses } from '../../../shared/filters/graphFilter';
import type { RelationKind } from '../../../shared/ontology';
import type { ApiClient } from '../api/client';
import { addNeighbourhood, addNodes, select, setSelected, toggleSelected, type Selection } from './graphSlice';
import { closeSourceView, openSourceView } from './sourceSlice';
import { apply, atlasStore, type AtlasState } from './store';
import { setLanguage, showDetail, showError } from './uiSlice';
import { findingFor } from './verificationSlice';
import { errorText } from '../i18n/errorText';

let api: ApiClient | null = null;

export function connectActions(client: ApiClient): void {
  api = client;
}

/** The API client, for the feature action modules beside this one (e.g. analysisActions.ts). */
export function client(): ApiClient {
  if (api === null) throw new Error('connectActions() must run before any action');
  return api;
}

export async function guarded(work: () => Promise<void>): Promise<void> {
  try {
    apply(showError(null));
    await work();
  } catch (error) {
    // Worded from the error's code in the user's language, never the service's English message.
    apply(showError(errorText(atlasStore.getState().language, error)));
  }
}

/** Relations one expansion loads at most: a hub's thousand neighbours would bury the canvas. */
export const EXPAND_LIMIT = 200;

/** The ids of the nodes on the canvas: the `among` of a call that should return their relations to new nodes. */
const shownIds = (): string[] => [...atlasStore.getState().nodes.keys()];

/**
 * One page of a node's neighbours, with every relation joining them to the nodes already shown: one
 * call, so an expansion arrives connected to the rest of the canvas.
 */
export function neighboursJoined(id: string, relationKinds?: readonly RelationKind[]): Promise<Neighbourhood> {
  return client().call('node.neighbours', {
    id,
    limit: EXPAND_LIMIT,
    ...(relationKinds === undefined ? {} : { relationKinds: [...relationKinds] }),
    // Always sent, even empty: the relations among the neighbours themselves come back too.
    among: shownIds(),
  });
}

/**
 * The producer that puts nodes and relations on the canvas together with every relation between the
 * new nodes and those already there, so the canvas never shows two related nodes unconnected.
 */
export async function connecting(
  nodes: readonly NodeSummary[],
  edges: readonly EdgeSummary[],
): Promise<(state: AtlasState) => AtlasState> {
  const loaded = atlasStore.getState().nodes;
  const fresh = nodes.filter((n) => !loaded.has(n.id)).map((n) => n.id);
  const among = loaded.size > 0 && fresh.length > 0 ? [...loaded.keys()] : [];
  const joining = fresh.length === 0 ? [] : (await client().call('graph.subgraph', { ids: fresh, among })).edges;
  return addNodes(nodes, [...edges, ...joining]);
}

/** Adds a node with its neighbours (search, a mention in the source) and selects it. */
export const openNode = (id: string): Promise<void> =>
  guarded(async () => {
    apply(addNeighbourhood(await neighboursJoined(id)));
    await selectNode(id);
  });

/** Loads the details of the selected element for the panel, unless the selection moved on meanwhile. */
async function loadDetail(selection: Selection): Promise<void> {
  if (selection === null) {
    apply(showDetail(null));
    return;
  }
  const current = (): boolean => atlasStore.getState().selection?.id === selection.id;
  // Only an opened snapshot knows this element: the panel shows the snapshot's words, marked.
  if (findingFor(atlasStore.getState(), selection.type, selection.id)?.state === 'absent') {
    apply(showDetail(null));
    return;
  }
  if (selection.type === 'edge') {
    const edge = await client().call('edge.get', { id: selection.id });
    if (current()) apply(showDetail({ type: 'edge', edge }));
    return;
  }
  const [node, relations] = await Promise.all([
    client().call('node.get', { id: selection.id }),
    client().call('node.neighbours', { id: selection.id, limit: 1000 }),
  ]);
  if (current()) apply(showDetail({ type: 'node', node, relations }));
}

/** Selects an element (alone, or added to the selection with shift) and shows its details. */
export const selectElement = (element: NonNullable<Selection>, additive = false): Promise<void> =>
  guarded(async () => {
    apply(additive ? toggleSelected(element) : select(element));
    const primary = atlasStore.getState().selection;
    if (primary?.id === element.id) await loadDetail(primary);
  });

/** Puts one node on the canvas (connected to what is there) and selects it. */
export const addNode = (id: string): Promise<void> =>
  guarded(async () => {
    // One call: the node, and its relations to the nodes already shown.
    const { nodes, edges } = await client().call('graph.subgraph', { ids: [id], among: shownIds() });
    if (nodes.length > 0) apply(addNodes(nodes, edges));
    await selectNode(id);
  });

export const selectNode = (id: string, additive = false): Promise<void> =>
  selectElement({ type: 'node', id }, additive);
export const selectEdge = (id: string, additive = false): Promise<void> =>
  selectElement({ type: 'edge', id }, additive);

/** The canvas's selection changed (click, shift-click, box) or the table's checkboxes: exactly these. */
export const selectMany = (
  nodes: readonly string[],
  edges: readonly string[],
  prefer: Selection = null,
): Promise<void> =>
  guarded(async () => {
    const before = atlasStore.getState().selection;
    apply(setSelected(nodes, edges, prefer));
    const after = atlasStore.getState().selection;
    if (after?.id !== before?.id || after?.type !== before?.type) await loadDetail(after);
  });

export const clearSelection = (): void => {
  apply(select(null));
  apply(showDetail(null));
};

export const changeLanguage = (language: Language): Promise<void> =>
  guarded(async () => {
    apply(setLanguage(language));
    await client().call('prefs.set', { language });
  });

export const loadPreferences = (): Promise<void> =>
  guarded(async () => {
    const prefs = await client().call('prefs.get', {});
    apply(setLanguage(prefs.language));
  });

/** The "as of" year applies to search as to the canvas: a node that did not hold then is not offered. */
const inAppliedYear = (hits: SearchHit[]): SearchHit[] => {
  const year = atlasStore.getState().filters.asOfYear;
  return year === undefined ? hits : hits.filter((hit) => nodePasses(hit.node, { asOfYear: year }));
};

export const suggest = async (text: string): Promise<SearchHit[]> =>
  inAppliedYear(await client().call('search.suggest', { text, limit: 12 }));

/** Near spellings, asked only when a search found nothing. */
export const suggestNearby = async (text: string): Promise<SearchHit[]> =>
  inAppliedYear(await client().call('search.nearby', { text, limit: 5 }));

/** Opens the source viewer at a cited passage (or at the top when no range is given). */
export const openSource = (sourceId: string, start?: number, end?: number): void => {
  apply(openSourceView(sourceId, start === undefined || end === undefined ? null : { start, end }));
};

export const closeSource = (): void => {
  apply(closeSourceView());
};

const sourceCache = new Map<string, Promise<SourceDocument>>();

/** The source document, fetched once per session: it is large and never changes while the app runs. */
export const loadSource = (id: string): Promise<SourceDocument> => {
  const cached = sourceCache.get(id);
  if (cached !== undefined) return cached;
  const request = client().call('source.get', { id });
  sourceCache.set(id, request);
  request.catch(() => sourceCache.delete(id));
  return request;
};
