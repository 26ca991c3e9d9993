// The user_node, user_relation and user_note rows and their mapping both ways: curationStore reads and
// inserts them, exchangeStore writes another laptop's whole records over them. One place, so a column
// added to a curation table cannot be written by one store and forgotten by the other.
import type { DateMap, UserNodeRecord, UserNote, UserRelationRecord } from '../../shared/contract';
import type { NodeKind, Status } from '../../shared/ontology';
import { toRelationCore } from './rowMapping';

/** A stored row with whether (and with what) it was deleted. */
export type Stored<T> = T & { readonly deletedAt: string | null; readonly deletedWith: string | null };

/** The columns every curation element row ends with: its citation, its times and its deletion. */
interface CitedRow {
  document_id: string;
  start_offset: number;
  end_offset: number;
  quote: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  deleted_with: string | null;
}

export interface NodeRow extends CitedRow {
  id: string;
  kind: string;
  label_nl: string;
  label_en: string | null;
  status: string | null;
  dates: string;
  description: string;
  aliases: string;
}

export interface RelationRow extends CitedRow {
  id: string;
  kind: string;
  source: string;
  target: string;
  status: string;
  dates: string;
}

/** The insert of a whole node; its values are `nodeValues`, in this order. */
export const INSERT_NODE = `INSERT INTO user_node (id, kind, label_nl, label_en, status, dates, description, aliases,
    document_id, start_offset, end_offset, quote, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** The insert of a whole relation; its values are `relationValues`, in this order. */
export const INSERT_RELATION = `INSERT INTO user_relation (id, kind, source, target, status, dates, document_id,
    start_offset, end_offset, quote, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Sets or replaces the note on one element. */
export const UPSERT_NOTE = `INSERT INTO user_note (target_id, text, updated_at) VALUES (?, ?, ?)
  ON CONFLICT (target_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`;

export const nodeValues = (n: UserNodeRecord): (string | number | null)[] => [
  n.id,
  n.kind,
  n.label.nl,
  n.label.en,
  n.status,
  JSON.stringify(n.dates),
  n.description,
  JSON.stringify(n.aliases),
  ...citedValues(n),
];

export const relationValues = (r: UserRelationRecord): (string | number)[] => [
  r.id,
  r.kind,
  r.source,
  r.target,
  r.status,
  JSON.stringify(r.dates),
  ...citedValues(r),
];

export const noteValues = (n: UserNote): string[] => [n.targetId, n.text, n.updatedAt];

function citedValues(e: UserNodeRecord | UserRelationRecord): (string | number)[] {
  const c = e.citation;
  return [c.documentId, c.start, c.end, c.quote, e.createdAt, e.updatedAt];
}

export function toNode(row: NodeRow): Stored<UserNodeRecord> {
  return {
    id: row.id,
    kind: row.kind as NodeKind,
    label: { nl: row.label_nl, en: row.label_en },
    status: row.status as Status | null,
    dates: JSON.parse(row.dates) as DateMap,
    description: row.description,
    aliases: JSON.parse(row.aliases) as string[],
    ...citedOf(row),
  };
}

export function toRelation(row: RelationRow): Stored<UserRelationRecord> {
  return {
    ...toRelationCore(row),
    ...citedOf(row),
  };
}

function citedOf(row: CitedRow) {
  return {
    citation: { documentId: row.document_id, start: row.start_offset, end: row.end_offset, quote: row.quote },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    deletedWith: row.deleted_with,
  };
}
