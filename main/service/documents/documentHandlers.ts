// Handlers of the document workbench's contract methods (shared/contract/documents.ts): imports with
// progress, the user's documents, their mentions of the bundle's nodes, search and a node's documents.
// Mentions found against an older bundle are found again, lazily, before anyone reads them.
import { AppError, type DocumentMentions, type MentionedNode } from '../../../shared/contract';
import type { GraphStore } from '../../store/graphStore';
import type { UserStore } from '../../store/userStore';
import type { Handlers } from '../handlers';
import { findMentions, importDocument } from './importDocument';
import { ImportProgressBoard } from './importProgress';
import { bundleCatalogue, type NodeCatalogue } from './nodeCatalogue';
import { nodeDocuments } from './nodeDocuments';
import { withUserNodes } from './userCatalogue';
import { toPassage } from './passageHits';

type DocumentMethods =
  | 'document.import'
  | 'document.progress'
  | 'document.list'
  | 'document.get'
  | 'document.update'
  | 'document.delete'
  | 'document.mentions'
  | 'document.search'
  | 'node.documents';

function found<T>(value: T | null, id: string): T {
  if (value === null) throw new AppError('NOT_FOUND', `No document with id "${id}" exists.`);
  return value;
}

export function documentHandlers(graph: GraphStore, user: UserStore): Pick<Handlers, DocumentMethods> {
  const store = user.documents;
  const board = new ImportProgressBoard();
  // The user's own nodes are found in documents too; rebuilt only when the user's data changed.
  let withOwn: { revision: string; catalogue: NodeCatalogue } | null = null;
  const nodes = (): NodeCatalogue => {
    const revision = user.curation.revision();
    if (withOwn?.revision !== revision) {
      withOwn = { revision, catalogue: withUserNodes(bundleCatalogue(graph), user.curation.liveNodes()) };
    }
    return withOwn.catalogue;
  };

  /** Finds mentions again in documents read against another bundle; a read-only file keeps the old ones. */
  const refreshMentions = (): void => {
    const current = nodes();
    for (const doc of store.staleMentions(current.version)) {
      try {
        store.replaceMentions(doc.id, findMentions(current, doc.text, doc.pages), current.version);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return;
      }
    }
  };

  return {
    'document.import': async (input) => {
      try {
        const report = (p: Parameters<ImportProgressBoard['report']>[1]): void => {
          board.report(input.progressKey, p);
        };
        return await importDocument({ store, catalogue: nodes, now: () => new Date(), report }, input);
      } finally {
        board.end(input.progressKey);
      }
    },
    'document.progress': ({ progressKey }) => ({ progress: board.get(progressKey) }),
    'document.list': () => {
      refreshMentions();
      return store.list();
    },
    'document.get': ({ id }) => found(store.get(id), id),
    'document.update': ({ id, ...patch }) => found(store.update(id, patch, new Date().toISOString()), id),
    'document.delete': ({ id }) => {
      // The user's additions cite passages of it: deleting it would leave facts without a source.
      const citing = user.curation.citing(id);
      if (citing.nodes + citing.relations > 0) {
        throw new AppError(
          'CONFLICT',
          `The document "${id}" is cited by ${String(citing.nodes)} of your nodes and ${String(citing.relations)} of your relations; delete those first.`,
          'id',
        );
      }
      user.curation.forgetDeletedCiting(id);
      return { deleted: store.delete(id) };
    },
    'document.mentions': ({ id }) => {
      found(store.summary(id), id);
      refreshMentions();
      return mentionsOf(id, store.mentions(id), nodes());
    },
    'document.search': ({ text, documentIds, limit }) => {
      const hits = store.search(text, documentIds ?? null, limit + 1);
      return { passages: hits.slice(0, limit).map(toPassage), truncated: hits.length > limit };
    },
    'node.documents': ({ id }) => {
      refreshMentions();
      const own = user.curation.node(id);
      return nodeDocuments(graph, store, id, own !== null && own.deletedAt === null);
    },
  };
}

function mentionsOf(
  documentId: string,
  stored: readonly { nodeId: string; start: number; end: number; page: number }[],
  catalogue: NodeCatalogue,
): DocumentMentions {
  const counts = new Map<string, MentionedNode>();
  const mentions = stored.flatMap((m) => {
    const node = catalogue.nodes.get(m.nodeId);
    if (node === undefined) return [];
    const seen = counts.get(m.nodeId);
    counts.set(m.nodeId, { nodeId: m.nodeId, kind: node.kind, label: node.label, count: (seen?.count ?? 0) + 1 });
    return [{ ...m, kind: node.kind }];
  });
  const nodes = [...counts.values()].sort((a, b) => b.count - a.count || a.nodeId.localeCompare(b.nodeId));
  return { documentId, mentions, nodes };
}
