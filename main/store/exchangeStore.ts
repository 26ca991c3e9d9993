// The exchange between laptops in the user database: reads the user's documents in full (nodes,
// relations and notes are read through curationStore) and merges another laptop's file in ONE
// transaction, so a refusal half-way (a full disk, a read-only file) leaves nothing half-written.
// Documents are stored through DocumentStore's insert, so their mentions and full-text passages are
// written as an import writes them.
import type { DocumentPage, UserNodeRecord, UserNote, UserRelationRecord } from '../../shared/contract';
import { INSERT_NODE, INSERT_RELATION, nodeValues, noteValues, relationValues, UPSERT_NOTE } from './curationRows';
import type { DocumentStore, NewDocument, PassageRow, StoredMention } from './documentStore';
import type { SqliteDatabase } from './nativeBinding';

type Write = <T>(work: () => T) => T;

/** A document as the exchange carries it: what an import stores, and when it was last edited. */
export interface ExchangedDocument extends NewDocument {
  readonly updatedAt: string;
}

/** A document to store, with its mentions (found against this laptop's bundle) and passages. */
export interface DocumentToStore {
  readonly document: ExchangedDocument;
  readonly mentions: readonly StoredMention[];
  readonly passages: readonly PassageRow[];
}

export interface ExchangeMerge {
  /** Documents new here. */
  readonly addDocuments: readonly DocumentToStore[];
  /** Documents here whose version from the file the user chose. */
  readonly replaceDocuments: readonly DocumentToStore[];
  /** The dataset version the mentions were found against. */
  readonly mentionsOf: string;
  /** Written whole: inserted, or replacing (and undeleting) the row with the same id. */
  readonly nodes: readonly UserNodeRecord[];
  readonly relations: readonly UserRelationRecord[];
  readonly notes: readonly UserNote[];
}

const DOCUMENT_COLUMNS = `id, title, author, date, kind, language, format, file_name AS fileName,
  byte_size AS byteSize, sha256, pages, text, imported_at AS importedAt, updated_at AS updatedAt`;

export class ExchangeStore {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly write: Write,
    private readonly documentStore: DocumentStore,
  ) {}

  /** Every user document in full, oldest first (the order they were imported). */
  documents(): ExchangedDocument[] {
    if (!this.has('document')) return [];
    const rows = this.db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM document ORDER BY imported_at, id`).all() as (Omit<
      ExchangedDocument,
      'pages'
    > & { pages: string })[];
    return rows.map((r) => ({ ...r, pages: parsePages(r.pages) }));
  }

  /** Writes the whole merge or, on any refusal, nothing. */
  merge(plan: ExchangeMerge): void {
    this.write(() =>
      this.db.transaction(() => {
        for (const d of plan.addDocuments) {
          this.documentStore.insert(d.document, d.mentions, plan.mentionsOf, d.passages);
          this.db.prepare('UPDATE document SET updated_at = ? WHERE id = ?').run(d.document.updatedAt, d.document.id);
        }
        for (const d of plan.replaceDocuments) this.replaceDocument(d, plan.mentionsOf);
        for (const n of plan.nodes) this.putNode(n);
        for (const r of plan.relations) this.putRelation(r);
        const note = this.db.prepare(UPSERT_NOTE);
        for (const n of plan.notes) note.run(...noteValues(n));
      })(),
    );
  }

  private replaceDocument({ document: d, mentions, passages }: DocumentToStore, mentionsOf: string): void {
    this.db
      .prepare(
        `UPDATE document SET title = ?, author = ?, date = ?, kind = ?, language = ?, format = ?, file_name = ?,
           byte_size = ?, pages = ?, text = ?, updated_at = ? WHERE id = ?`,
      )
      .run(
        d.title,
        d.author,
        d.date,
        d.kind,
        d.language,
        d.format,
        d.fileName,
        d.byteSize,
        JSON.stringify(d.pages.map((p) => [p.number, p.start, p.end])),
        d.text,
        d.updatedAt,
        d.id,
      );
    this.documentStore.replaceMentions(d.id, mentions, mentionsOf);
    this.db.prepare('DELETE FROM document_passage WHERE document_id = ?').run(d.id);
    const passage = this.db.prepare(
      'INSERT INTO document_passage (text, document_id, page, start_offset) VALUES (?, ?, ?, ?)',
    );
    for (const p of passages) passage.run(p.text, d.id, p.page, p.start);
  }

  private putNode(n: UserNodeRecord): void {
    this.db
      .prepare(
        `${INSERT_NODE}
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, label_nl = excluded.label_nl,
           label_en = excluded.label_en, status = excluded.status, dates = excluded.dates,
           description = excluded.description, aliases = excluded.aliases, document_id = excluded.document_id,
           start_offset = excluded.start_offset, end_offset = excluded.end_offset, quote = excluded.quote,
           created_at = excluded.created_at, updated_at = excluded.updated_at, deleted_at = NULL, deleted_with = NULL`,
      )
      .run(...nodeValues(n));
  }

  private putRelation(r: UserRelationRecord): void {
    this.db
      .prepare(
        `${INSERT_RELATION}
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, source = excluded.source, target = excluded.target,
           status = excluded.status, dates = excluded.dates, document_id = excluded.document_id,
           start_offset = excluded.start_offset, end_offset = excluded.end_offset, quote = excluded.quote,
           created_at = excluded.created_at, updated_at = excluded.updated_at, deleted_at = NULL, deleted_with = NULL`,
      )
      .run(...relationValues(r));
  }

  /** A file opened read-only from before the workbench lacks the document table: then it holds none. */
  private has(table: string): boolean {
    return this.db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) !== undefined;
  }
}

function parsePages(json: string): DocumentPage[] {
  return (JSON.parse(json) as [number, number, number][]).map(([number, start, end]) => ({ number, start, end }));
}
