// I/O actions: plain async functions that call the API and apply producers with the results.
// Canvas actions live in canvasActions.ts, views and history in viewActions.ts.
import type { EdgeSummary, Language, NodeSummary, SourceDocument } from '../../../shared/contract';
import type { ApiClient } from '../api/client';
import { ApiError } from '../api/client';
import { addNodes, select, toggleSelected, setSelected, type GraphSlice } from './graphSlice';
import { closeSourceView, openSourceView } from './sourceSlice';
import { apply, atlasStore, type AtlasState } from './store';
import { setLanguage, showDetail, showError } from './uiSlice';

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
    apply(showError(error instanceof ApiError || error instanceof Error ? error.message : String(error)));
  }
}

/** Relations one expansion loads at most: a hub's thousand neighbours would bury the canvas. */
export const EXPAND_LIMIT = 200;

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
    const hood = await client().call('node.neighbours', { id, limit: EXPAND_LIMIT });
    apply(await connecting([hood.centre, ...hood.nodes], hood.edges));
    await selectNode(id);
  });

export const selectNode = (id: string, additive = false): Promise<void> =>
  guarded(async () => {
    if (additive) {
      apply(toggleSelected({ type: 'node', id }));
      if (atlasStore.getState().selection?.id !== id) return;
    } else apply(select({ type: 'node', id }));
    const [node, relations] = await Promise.all([
      client().call('node.get', { id }),
      client().call('node.neighbours', { id, limit: 1000 }),
    ]);
    if (atlasStore.getState().selection?.id === id) apply(showDetail({ type: 'node', node, relations }));
  });

export const selectEdge = (id: string, additive = false): Promise<void> =>
  guarded(async () => {
    if (additive) {
      apply(toggleSelected({ type: 'edge', id }));
      if (atlasStore.getState().selection?.id !== id) return;
    } else apply(select({ type: 'edge', id }));
    const edge = await client().call('edge.get', { id });
    if (atlasStore.getState().selection?.id === id) apply(showDetail({ type: 'edge', edge }));
  });

/** Box selection and the table's checkboxes: exactly these; the panel follows the first node. */
export const selectMany = (nodes: readonly string[], edges: readonly string[]): void => {
  const before: GraphSlice = atlasStore.getState();
  apply(setSelected(nodes, edges));
  const primary = atlasStore.getState().selection;
  if (primary === null) apply(showDetail(null));
  else if (primary.id !== before.selection?.id) {
    if (primary.type === 'node') void selectNode(primary.id);
    else void selectEdge(primary.id);
  }
};

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

export const suggest = (text: string) => client().call('search.suggest', { text, limit: 12 });

/** Near spellings, asked only when a search found nothing. */
export const suggestNearby = (text: string) => client().call('search.nearby', { text, limit: 5 });

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
