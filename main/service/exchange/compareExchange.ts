// Compares an exchange file with what this laptop holds: each record is added (new here, or deleted
// here), already there (same id, same content) or a conflict (same id, different content); relations
// whose ends exist neither here nor in the file are reported as detached. Pure: the caller reads the
// local side from the store and writes the merge.
import { createHash } from 'node:crypto';
import type { ExchangeConflict, ExchangeItem, ExchangeItemType } from '../../../shared/contract';
import type { ExchangedDocument } from '../../store/exchangeStore';
import { citationText, compareFields, datesText, type FieldDiff } from './compareFields';
import type { DocumentRecord, ExchangeContent, NodeRecord, NoteRecord, RelationRecord } from './exchangeRecords';

/** This laptop's side, as the store reads it. */
export interface LocalSide {
  readonly documents: ReadonlyMap<string, ExchangedDocument>;
  /** Deleted ones included, marked: a record deleted here comes back as added. */
  readonly nodes: ReadonlyMap<string, NodeRecord & { readonly deleted: boolean }>;
  readonly relations: ReadonlyMap<string, RelationRecord & { readonly deleted: boolean }>;
  readonly notes: ReadonlyMap<string, NoteRecord>;
  /** Labels of the bundle's nodes the file's relations and notes touch (absent: not in this dataset). */
  readonly bundleLabels: ReadonlyMap<string, string>;
}

export type Verdict = 'added' | 'alreadyThere' | 'conflict';

export interface Compared {
  readonly item: ExchangeItem;
  readonly verdict: Verdict;
  /** Set for a conflict. */
  readonly diff?: FieldDiff;
}

export interface Comparison {
  readonly documents: readonly (Compared & { readonly record: DocumentRecord })[];
  readonly nodes: readonly (Compared & { readonly record: NodeRecord })[];
  readonly relations: readonly (Compared & { readonly record: RelationRecord })[];
  readonly notes: readonly (Compared & { readonly record: NoteRecord })[];
  readonly detached: readonly ExchangeItem[];
}

const DOCUMENT_FIELDS = {
  title: (d: DocumentRecord) => d.title,
  author: (d: DocumentRecord) => d.author ?? '',
  date: (d: DocumentRecord) => d.date ?? '',
  kind: (d: DocumentRecord) => d.kind,
  language: (d: DocumentRecord) => d.language ?? '',
  text: (d: DocumentRecord) => d.text,
  pages: (d: DocumentRecord) =>
    d.pages.map((p) => `${String(p.number)}: ${String(p.start)}–${String(p.end)}`).join(', '),
};

const NODE_FIELDS = {
  kind: (n: NodeRecord) => n.kind,
  label: (n: NodeRecord) => (n.label.en === null ? n.label.nl : `${n.label.nl} / ${n.label.en}`),
  status: (n: NodeRecord) => n.status ?? '',
  dates: (n: NodeRecord) => datesText(n.dates),
  description: (n: NodeRecord) => n.description,
  aliases: (n: NodeRecord) => n.aliases.join(', '),
  citation: (n: NodeRecord) => citationText(n.citation),
};

const RELATION_FIELDS = {
  kind: (r: RelationRecord) => r.kind,
  source: (r: RelationRecord) => r.source,
  target: (r: RelationRecord) => r.target,
  status: (r: RelationRecord) => r.status,
  dates: (r: RelationRecord) => datesText(r.dates),
  citation: (r: RelationRecord) => citationText(r.citation),
};

const NOTE_FIELDS = { text: (n: NoteRecord) => n.text };

/**
 * A note's item id for the report and the choices: "user-note-" and its target (ids starting with
 * "user-" are never the bundle's, and no node or relation id starts with "user-note-"), or a hash of
 * a target too long to fit an id.
 */
export function noteItemId(targetId: string): string {
  const id = `user-note-${targetId}`;
  return id.length <= 120 ? id : `user-note-${createHash('sha256').update(targetId).digest('hex').slice(0, 24)}`;
}

function judge<T>(
  type: ExchangeItemType,
  id: string,
  label: string,
  theirs: T,
  mine: T | undefined,
  fields: Readonly<Record<string, (record: T) => string>>,
): Compared & { record: T } {
  const item = { type, id, label };
  if (mine === undefined) return { item, verdict: 'added', record: theirs };
  const diff = compareFields(mine, theirs, fields);
  if (diff.fields.length === 0) return { item, verdict: 'alreadyThere', record: theirs };
  return { item, verdict: 'conflict', diff, record: theirs };
}

export function compareExchange(file: ExchangeContent, local: LocalSide): Comparison {
  const fileNodes = new Map(file.nodes.map((n) => [n.id, n]));
  const liveHere = (id: string): NodeRecord | undefined => {
    const node = local.nodes.get(id);
    return node === undefined || node.deleted ? undefined : node;
  };
  const labelOf = (id: string): string | undefined =>
    fileNodes.get(id)?.label.nl ?? liveHere(id)?.label.nl ?? local.bundleLabels.get(id);
  const relationLabel = (r: RelationRecord): string =>
    `${labelOf(r.source) ?? r.source} – ${r.kind} – ${labelOf(r.target) ?? r.target}`;

  const relations = file.relations.map((r) => {
    const mine = local.relations.get(r.id);
    return judge('relation', r.id, relationLabel(r), r, mine?.deleted === true ? undefined : mine, RELATION_FIELDS);
  });
  return {
    documents: file.documents.map((d) =>
      judge('document', d.id, d.title, d, local.documents.get(d.id), DOCUMENT_FIELDS),
    ),
    nodes: file.nodes.map((n) => judge('node', n.id, n.label.nl, n, liveHere(n.id), NODE_FIELDS)),
    relations,
    notes: file.notes.map((n) =>
      judge(
        'note',
        noteItemId(n.targetId),
        labelOf(n.targetId) ?? n.targetId,
        n,
        local.notes.get(n.targetId),
        NOTE_FIELDS,
      ),
    ),
    detached: relations
      .filter(({ record: r }) => labelOf(r.source) === undefined || labelOf(r.target) === undefined)
      .map(({ item }) => item),
  };
}

/** Every compared record of a comparison, in the report's order: documents, nodes, relations, notes. */
export function allCompared(c: Comparison): readonly Compared[] {
  return [...c.documents, ...c.nodes, ...c.relations, ...c.notes];
}

export function conflictOf(compared: Compared): ExchangeConflict {
  const diff = compared.diff ?? { fields: [], mine: {}, theirs: {} };
  return { ...compared.item, fields: diff.fields, mine: diff.mine, theirs: diff.theirs };
}
