// This laptop's side of an exchange, read through the stores that own the records: documents in
// full from the exchange store, nodes, relations and notes through curation's readers (stripped of
// their deletion bookkeeping, which never travels).
import { isUserNodeId, isUserRelationId } from '../../../shared/contract';
import type { Stored } from '../../store/curationStore';
import type { GraphStore } from '../../store/graphStore';
import type { UserStore } from '../../store/userStore';
import type { LocalSide } from './compareExchange';
import type { ExchangeContent } from './exchangeRecords';

/** The record without its deletion bookkeeping (which curation's readers carry along, live or not). */
function record<T extends object>(stored: T): T {
  const { deletedAt: _at, deletedWith: _with, ...rest } = stored as T & Partial<Stored<object>>;
  return rest as T;
}

/** Everything the user made that is live, as the file carries it. */
export function ownRecords(user: UserStore): Omit<ExchangeContent, 'exportedAt' | 'datasetVersion'> {
  const nodes = user.curation.liveNodes().map(record);
  const relations = user.curation.liveRelations().map(record);
  const live = new Set([...nodes, ...relations].map((e) => e.id));
  // A note on something the user deleted stays with it: the other laptop would get a note on nothing.
  const isOrphan = (target: string): boolean => (isUserNodeId(target) || isUserRelationId(target)) && !live.has(target);
  return {
    documents: user.exchange.documents(),
    nodes,
    relations,
    notes: user.curation.notes().filter((n) => !isOrphan(n.targetId)),
  };
}

/** This laptop's records with the ids the file names, and the labels of the bundle nodes it touches. */
export function localSide(graph: GraphStore, user: UserStore, file: ExchangeContent): LocalSide {
  const { curation } = user;
  const ends = [...file.relations.flatMap((r) => [r.source, r.target]), ...file.notes.map((n) => n.targetId)];
  const pairs = <T>(ids: readonly string[], read: (id: string) => Stored<T> | null) =>
    ids.flatMap((id) => {
      const found = read(id);
      return found === null ? [] : [[id, { ...record(found), deleted: found.deletedAt !== null }] as const];
    });
  return {
    documents: new Map(user.exchange.documents().map((d) => [d.id, d])),
    nodes: new Map(
      pairs(
        file.nodes.map((n) => n.id),
        (id) => curation.node(id),
      ),
    ),
    relations: new Map(
      pairs(
        file.relations.map((r) => r.id),
        (id) => curation.relation(id),
      ),
    ),
    notes: new Map(
      file.notes.flatMap((n) => {
        const mine = curation.note(n.targetId);
        return mine === null ? [] : [[n.targetId, mine] as const];
      }),
    ),
    bundleLabels: new Map(graph.details.nodes([...new Set(ends)]).map((n) => [n.id, n.label.nl])),
  };
}
