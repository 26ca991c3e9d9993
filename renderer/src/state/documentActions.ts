// I/O actions of the document workbench: import a file (polling its progress), list and edit the
// user's documents, read one with its mentions, put mentioned actors on the canvas, search passages.
import {
  MAX_DOCUMENT_BYTES,
  MAX_SUBGRAPH_IDS,
  isErrorCode,
  type DocumentPassage,
  type DocumentSummary,
  type DocumentMentions,
  type ErrorCode,
  type MethodInput,
  type NodeDocumentRef,
  type SourceMeta,
  type UserDocument,
} from '../../../shared/contract';
import { client, guarded, selectNode } from './actions';
import { addNodes } from './graphSlice';
import { dropDocument, putDocument, setDocuments, setImportProgress, setImportStage } from './documentSlice';
import { closeSourceView } from './sourceSlice';
import { apply, atlasStore } from './store';

/** Ids of the user's own documents start with this; no bundled source's does. */
export const USER_DOCUMENT_PREFIX = 'user-doc-';
export const isUserDocument = (id: string): boolean => id.startsWith(USER_DOCUMENT_PREFIX);

/** How often a running import is asked how far it is: often enough for a smooth bar, rarely enough to be free. */
export const PROGRESS_POLL_MS = 250;

/** A file as the renderer got it (a drop, a file input, the shell's dialog): its name and bytes as base64. */
export interface DocumentFile {
  readonly name: string;
  readonly byteSize: number;
  readonly base64: string;
}

const codeOf = (error: unknown): ErrorCode => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null;
  return isErrorCode(code) ? code : 'INTERNAL';
};

export const listDocuments = (): Promise<void> =>
  guarded(async () => {
    apply(setDocuments(await client().call('document.list', {})));
  });

/** Imports a file, with a progress bar while it runs; ends in the review form or a coded refusal. */
export async function importDocument(file: DocumentFile): Promise<void> {
  const fileName = file.name;
  if (file.byteSize > MAX_DOCUMENT_BYTES) {
    // Refused before sending 25 MB and more over the bridge: the service would refuse it too.
    apply(setImportStage({ step: 'failed', fileName, code: 'DOCUMENT_TOO_LARGE' }));
    return;
  }
  apply(setImportStage({ step: 'importing', fileName, progress: null }));
  const progressKey = crypto.randomUUID();
  const poll = setInterval(() => {
    client()
      .call('document.progress', { progressKey })
      .then(
        ({ progress }) => apply(setImportProgress(fileName, progress)),
        () => undefined, // a missed report only leaves the bar where it was
      );
  }, PROGRESS_POLL_MS);
  try {
    const result = await client().call('document.import', { fileName, data: file.base64, progressKey });
    forget(result.document.id);
    apply(putDocument(result.document));
    apply(setImportStage({ step: 'review', document: result.document, alreadyImported: result.alreadyImported }));
  } catch (error) {
    apply(setImportStage({ step: 'failed', fileName, code: codeOf(error) }));
  } finally {
    clearInterval(poll);
  }
}

/** A file that could not even be read or chosen (the shell refused, the browser failed): a coded refusal. */
export const refuseImport = (fileName: string, error: unknown): void => {
  apply(setImportStage({ step: 'failed', fileName, code: codeOf(error) }));
};

export const dismissImport = (): void => {
  apply(setImportStage({ step: 'idle' }));
};

export type DocumentChanges = Omit<MethodInput<'document.update'>, 'id'>;

/** Saves the user's corrections to a document's details; throws for the form to word the refusal. */
export async function updateDocument(id: string, changes: DocumentChanges): Promise<DocumentSummary> {
  const updated = await client().call('document.update', { id, ...changes });
  forget(id);
  apply(putDocument(updated));
  return updated;
}

/** Deletes one of the user's documents; the viewer closes if it showed it. */
export const deleteDocument = (id: string): Promise<void> =>
  guarded(async () => {
    await client().call('document.delete', { id });
    forget(id);
    apply(dropDocument(id));
    if (atlasStore.getState().sourceView?.sourceId === id) apply(closeSourceView());
  });

export interface LoadedDocument {
  readonly document: UserDocument;
  readonly mentions: DocumentMentions;
}

const documentCache = new Map<string, Promise<LoadedDocument>>();

function forget(id: string): void {
  documentCache.delete(id);
}

/** A user document with its mentions, fetched once until it is edited. */
export function loadUserDocument(id: string): Promise<LoadedDocument> {
  const cached = documentCache.get(id);
  if (cached !== undefined) return cached;
  const request = Promise.all([client().call('document.get', { id }), client().call('document.mentions', { id })]).then(
    ([document, mentions]) => ({ document, mentions }),
  );
  documentCache.set(id, request);
  request.catch(() => documentCache.delete(id));
  return request;
}

/** Puts mentioned actors on the canvas, joined to what is there, in as few calls as the contract allows. */
export const addToCanvas = (ids: readonly string[]): Promise<void> =>
  guarded(async () => {
    for (let at = 0; at < ids.length; at += MAX_SUBGRAPH_IDS) {
      const among = [...atlasStore.getState().nodes.keys()].slice(0, MAX_SUBGRAPH_IDS);
      const batch = ids.slice(at, at + MAX_SUBGRAPH_IDS);
      const { nodes, edges } = await client().call('graph.subgraph', { ids: batch, among });
      apply(addNodes(nodes, edges));
    }
    const only = ids.length === 1 ? ids[0] : undefined;
    if (only !== undefined) await selectNode(only);
  });

/** Passages of the user's documents for the search box: a few, under the node suggestions. */
export async function searchPassages(text: string, limit = 6): Promise<readonly DocumentPassage[]> {
  return (await client().call('document.search', { text, limit })).passages;
}

/** The documents that mention or cite a node, for its details. */
export async function documentsOf(nodeId: string): Promise<NodeDocumentRef[]> {
  return client().call('node.documents', { id: nodeId });
}

let sources: Promise<readonly SourceMeta[]> | null = null;

/** The bundled sources (the letter), for the viewer's document switcher: asked once, they never change. */
export function bundledSources(): Promise<readonly SourceMeta[]> {
  sources ??= client()
    .call('graph.info', {})
    .then((info) => info.sources);
  sources.catch(() => {
    sources = null;
  });
  return sources;
}
