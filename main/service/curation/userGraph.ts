// The user's additions as the graph sees them at one moment: live user nodes, the live user relations
// whose two ends exist (drawn), those with an end gone after a bundle replacement (detached, listed
// but never drawn), the degree each node gains, and the notes. Read whole (the tables hold what one
// person made by hand) and kept until the user database changes: the overlay asks on every graph read.
import type {
  EdgeDetail,
  EdgeSummary,
  NodeDetail,
  NodeSummary,
  UserNodeRecord,
  UserNote,
  UserRelationRecord,
} from '../../../shared/contract';
import { isUserNodeId } from '../../../shared/contract';
import type { CurationStore } from '../../store/curationStore';
import type { GraphStore } from '../../store/graphStore';

export interface UserGraph {
  readonly nodes: ReadonlyMap<string, UserNodeRecord>;
  /** Live relations whose two ends exist, oldest first. */
  readonly relations: readonly UserRelationRecord[];
  readonly detached: readonly { relation: UserRelationRecord; missing: string[] }[];
  /** The bundle nodes the live relations touch that exist, by id. */
  readonly bundleEnds: ReadonlyMap<string, NodeSummary>;
  /** Relations each node gains from the user's drawn relations. */
  readonly extraDegree: ReadonlyMap<string, number>;
  readonly notes: ReadonlyMap<string, UserNote>;
}

const cached = new WeakMap<CurationStore, { revision: string; view: UserGraph }>();

/** The user's additions now; the bundle never changes while the service runs, so the store's revision is the key. */
export function loadUserGraph(graph: GraphStore, store: CurationStore): UserGraph {
  const revision = store.revision();
  const hit = cached.get(store);
  if (hit !== undefined && hit.revision === revision) return hit.view;
  const view = readUserGraph(graph, store);
  cached.set(store, { revision, view });
  return view;
}

function readUserGraph(graph: GraphStore, store: CurationStore): UserGraph {
  const nodes = new Map(store.liveNodes().map((n) => [n.id, n]));
  const live = store.liveRelations();
  const bundleIds = [...new Set(live.flatMap((r) => [r.source, r.target]).filter((id) => !isUserNodeId(id)))];
  const bundleEnds = new Map(graph.explorer.nodes(bundleIds).map((n) => [n.id, n]));
  const exists = (id: string): boolean => (isUserNodeId(id) ? nodes.has(id) : bundleEnds.has(id));
  const relations: UserRelationRecord[] = [];
  const detached: { relation: UserRelationRecord; missing: string[] }[] = [];
  const extraDegree = new Map<string, number>();
  for (const relation of live) {
    const missing = [relation.source, relation.target].filter((id) => !exists(id));
    if (missing.length > 0) {
      detached.push({ relation, missing });
      continue;
    }
    relations.push(relation);
    for (const end of [relation.source, relation.target]) extraDegree.set(end, (extraDegree.get(end) ?? 0) + 1);
  }
  const notes = new Map(store.notes().map((n) => [n.targetId, n]));
  return { nodes, relations, detached, bundleEnds, extraDegree, notes };
}

/** A live user relation by id, drawn or detached. */
export function userRelationById(user: UserGraph, id: string): UserRelationRecord | undefined {
  return user.relations.find((r) => r.id === id) ?? user.detached.find((d) => d.relation.id === id)?.relation;
}

/** The drawn user relations touching a node. */
export function relationsOf(user: UserGraph, id: string): UserRelationRecord[] {
  return user.relations.filter((r) => r.source === id || r.target === id);
}

export function userNodeSummary(user: UserGraph, node: UserNodeRecord): NodeSummary {
  return {
    id: node.id,
    kind: node.kind,
    label: { nl: node.label.nl, en: node.label.en ?? node.label.nl },
    status: node.status,
    dates: node.dates,
    provenance: 'user',
    degree: user.extraDegree.get(node.id) ?? 0,
  };
}

export function userNodeDetail(user: UserGraph, node: UserNodeRecord): NodeDetail {
  const { documentId, quote, start, end } = node.citation;
  return withNote(user, {
    ...userNodeSummary(user, node),
    description: { nl: node.description, en: node.description },
    aliases: node.aliases,
    attributes: {},
    citations: [{ sourceId: documentId, quote, start, end }],
  });
}

export function userEdgeSummary(relation: UserRelationRecord): EdgeSummary {
  return {
    id: relation.id,
    kind: relation.kind,
    source: relation.source,
    target: relation.target,
    status: relation.status,
    dates: relation.dates,
    provenance: 'user',
    note: null,
  };
}

export function userEdgeDetail(user: UserGraph, relation: UserRelationRecord): EdgeDetail {
  const { documentId, quote, start, end } = relation.citation;
  return withNote(user, { ...userEdgeSummary(relation), citations: [{ sourceId: documentId, quote, start, end }] });
}

/** A bundle node's summary with the user's drawn relations counted in its degree. */
export function withUserDegree<T extends NodeSummary>(user: UserGraph, node: T): T {
  const extra = isUserNodeId(node.id) ? 0 : (user.extraDegree.get(node.id) ?? 0);
  return extra === 0 ? node : { ...node, degree: node.degree + extra };
}

/** The element with the user's note on it, when there is one. */
export function withNote<T extends { readonly id: string }>(user: UserGraph, element: T): T {
  const note = user.notes.get(element.id);
  return note === undefined ? element : { ...element, userNote: note };
}

/** A node's summary, bundle or user, when it exists. */
export function summaryOf(user: UserGraph, id: string): NodeSummary | null {
  const own = user.nodes.get(id);
  if (own !== undefined) return userNodeSummary(user, own);
  const bundle = user.bundleEnds.get(id);
  return bundle === undefined ? null : withUserDegree(user, bundle);
}
