// I/O actions: plain async functions that call the API and apply producers with the results.
import type { Language, SourceDocument } from '../../../shared/contract';
import type { ApiClient } from '../api/client';
import { ApiError } from '../api/client';
import { addNeighbourhood, select } from './graphSlice';
import { closeSourceView, openSourceView } from './sourceSlice';
import { apply } from './store';
import { setLanguage, showDetail, showError } from './uiSlice';

let api: ApiClient | null = null;

export function connectActions(client: ApiClient): void {
  api = client;
}

function client(): ApiClient {
  if (api === null) throw new Error('connectActions() must run before any action');
  return api;
}

async function guarded(work: () => Promise<void>): Promise<void> {
  try {
    apply(showError(null));
    await work();
  } catch (error) {
    apply(showError(error instanceof ApiError || error instanceof Error ? error.message : String(error)));
  }
}

export const openNode = (id: string): Promise<void> =>
  guarded(async () => {
    const [hood, node] = await Promise.all([
      client().call('node.neighbours', { id }),
      client().call('node.get', { id }),
    ]);
    apply(addNeighbourhood(hood));
    apply(select({ type: 'node', id }));
    apply(showDetail({ type: 'node', node }));
  });

export const selectNode = (id: string): Promise<void> =>
  guarded(async () => {
    apply(select({ type: 'node', id }));
    apply(showDetail({ type: 'node', node: await client().call('node.get', { id }) }));
  });

export const selectEdge = (id: string): Promise<void> =>
  guarded(async () => {
    apply(select({ type: 'edge', id }));
    apply(showDetail({ type: 'edge', edge: await client().call('edge.get', { id }) }));
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

export const suggest = (text: string) => client().call('search.suggest', { text, limit: 12 });

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
