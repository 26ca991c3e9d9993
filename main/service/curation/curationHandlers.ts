// Handlers of the curation contract (shared/contract/curation.ts): nodes and relations the user makes
// from a passage of their documents, their edits, delete with exact undo, the list, and notes.
// Bundle elements are never changed here (FORBIDDEN); the user may only add a note to them.
import { randomBytes } from 'node:crypto';
import {
  AppError,
  isUserNodeId,
  isUserRelationId,
  type CurationDeleted,
  type UserNote,
} from '../../../shared/contract';
import type { GraphStore } from '../../store/graphStore';
import type { UserStore } from '../../store/userStore';
import type { Handlers } from '../handlers';
import { checkRelationKind, kindOfEnd, liveNode, readPassage } from './passageRules';
import { loadUserGraph, userEdgeDetail, userNodeDetail, userRelationById } from './userGraph';

type CurationMethods =
  | 'curation.createNode'
  | 'curation.createRelation'
  | 'curation.updateNode'
  | 'curation.updateRelation'
  | 'curation.delete'
  | 'curation.restore'
  | 'curation.list'
  | 'note.set';

const newId = (prefix: string): string => `${prefix}-${randomBytes(8).toString('hex')}`;

export function curationHandlers(
  graph: GraphStore,
  user: UserStore,
  now: () => Date = () => new Date(),
): Pick<Handlers, CurationMethods> {
  const store = user.curation;
  const inBundle = (id: string): boolean => graph.explorer.nodeRow(id) !== undefined || graph.edge(id) !== null;

  /** An id that is not the user's: FORBIDDEN when it names a bundle element, else NOT_FOUND. */
  const notTheUsers = (id: string, what: string): AppError =>
    inBundle(id)
      ? new AppError(
          'FORBIDDEN',
          `"${id}" comes from the bundled dataset and cannot be ${what}; add a note to it instead.`,
          'id',
        )
      : new AppError('NOT_FOUND', `No addition of yours has the id "${id}".`, 'id');

  const nodeDetail = (id: string) => {
    const view = loadUserGraph(graph, store);
    const node = view.nodes.get(id);
    if (node === undefined) throw new AppError('NOT_FOUND', `No node of yours has the id "${id}".`, 'id');
    return userNodeDetail(view, node);
  };

  const edgeDetail = (id: string) => {
    const view = loadUserGraph(graph, store);
    const relation = userRelationById(view, id);
    if (relation === undefined) throw new AppError('NOT_FOUND', `No relation of yours has the id "${id}".`, 'id');
    return userEdgeDetail(view, relation);
  };

  const noteFor = (targetId: string, text: string | undefined, at: string): UserNote | null =>
    text === undefined || text === '' ? null : { targetId, text, updatedAt: at };

  return {
    'curation.createNode': ({ kind, label, status, dates, description, aliases, citation, note }) => {
      const cited = readPassage(user.documents, citation);
      const at = now().toISOString();
      const id = newId('user-node');
      store.insertNode(
        {
          id,
          kind,
          label: { nl: label.nl, en: label.en ?? null },
          status,
          dates,
          description,
          aliases,
          citation: cited,
          createdAt: at,
          updatedAt: at,
        },
        noteFor(id, note, at),
      );
      return nodeDetail(id);
    },
    'curation.createRelation': ({ kind, source, target, status, dates, citation, note }) => {
      checkRelationKind(kind, kindOfEnd(graph, store, source, 'source'), kindOfEnd(graph, store, target, 'target'));
      const cited = readPassage(user.documents, citation);
      const at = now().toISOString();
      const id = newId('user-rel');
      store.insertRelation(
        { id, kind, source, target, status, dates, citation: cited, createdAt: at, updatedAt: at },
        noteFor(id, note, at),
      );
      return edgeDetail(id);
    },
    'curation.updateNode': ({ id, label, ...rest }) => {
      if (!isUserNodeId(id)) throw notTheUsers(id, 'changed');
      const patch = { ...rest, ...(label === undefined ? {} : { label: { nl: label.nl, en: label.en ?? null } }) };
      if (!store.updateNode(id, patch, now().toISOString())) {
        throw new AppError('NOT_FOUND', `No node of yours has the id "${id}".`, 'id');
      }
      return nodeDetail(id);
    },
    'curation.updateRelation': ({ id, kind, status, dates }) => {
      if (!isUserRelationId(id)) throw notTheUsers(id, 'changed');
      const relation = store.relation(id);
      if (relation === null || relation.deletedAt !== null) {
        throw new AppError('NOT_FOUND', `No relation of yours has the id "${id}".`, 'id');
      }
      if (kind !== undefined) {
        const ends = [relation.source, relation.target].map((end) => {
          try {
            return kindOfEnd(graph, store, end, 'id');
          } catch {
            throw new AppError(
              'CONFLICT',
              `The relation "${id}" lost its end "${end}"; its kind cannot be checked.`,
              'kind',
            );
          }
        });
        checkRelationKind(kind, ends[0] ?? 'state', ends[1] ?? 'state');
      }
      store.updateRelation(id, { kind, status, dates }, now().toISOString());
      return edgeDetail(id);
    },
    'curation.delete': ({ id }) => {
      if (!isUserNodeId(id) && !isUserRelationId(id)) throw notTheUsers(id, 'deleted');
      const deleted = store.delete(id, now().toISOString());
      if (deleted === null)
        throw new AppError('NOT_FOUND', `Nothing of yours with the id "${id}" is there to delete.`, 'id');
      return deleted;
    },
    'curation.restore': ({ id }) => {
      if (!isUserNodeId(id) && !isUserRelationId(id)) throw notTheUsers(id, 'restored');
      const relation = isUserRelationId(id) ? store.relation(id) : null;
      // A relation deleted on its own cannot come back to a user node deleted after it.
      const gone =
        relation === null
          ? []
          : [relation.source, relation.target].filter((end) => isUserNodeId(end) && liveNode(store, end) === null);
      if (relation?.deletedWith === id && gone.length > 0) {
        throw new AppError(
          'CONFLICT',
          `The relation "${id}" joins "${gone.join('", "')}", which is deleted; restore that first.`,
          'id',
        );
      }
      const restored: CurationDeleted | null = store.restore(id);
      if (restored === null) throw new AppError('NOT_FOUND', `Nothing deleted has the id "${id}".`, 'id');
      return restored;
    },
    'curation.list': () => {
      const view = loadUserGraph(graph, store);
      const dead = (id: string): boolean =>
        (isUserNodeId(id) && !view.nodes.has(id)) || (isUserRelationId(id) && !liveRelationIds(view).has(id));
      return {
        nodes: [...view.nodes.values()].map((n) => userNodeDetail(view, n)),
        edges: view.relations.map((r) => userEdgeDetail(view, r)),
        notes: [...view.notes.values()].filter((n) => !dead(n.targetId)),
        detached: view.detached.map(({ relation, missing }) => ({ relation: userEdgeDetail(view, relation), missing })),
      };
    },
    'note.set': ({ targetId, text }) => {
      const exists = isUserNodeId(targetId)
        ? liveNode(store, targetId) !== null
        : isUserRelationId(targetId)
          ? store.relation(targetId)?.deletedAt === null
          : inBundle(targetId);
      if (!exists) throw new AppError('NOT_FOUND', `No node or relation has the id "${targetId}".`, 'targetId');
      const note = noteFor(targetId, text, now().toISOString());
      store.setNote(targetId, note);
      return { note };
    },
  };
}

function liveRelationIds(view: ReturnType<typeof loadUserGraph>): Set<string> {
  return new Set([...view.relations.map((r) => r.id), ...view.detached.map((d) => d.relation.id)]);
}
