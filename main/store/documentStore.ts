// The user's documents in the user database: their text and pages, the mentions found in them and
// their passages' full-text index. All SQL of the workbench lives here. Writes go through the user
// store's `write`, so a full disk or a read-only file refuses them with the same typed codes.
import type {
  DocumentFormat,
  DocumentKind,
  DocumentPage,
  DocumentSummary,
  Language,
  UserDocument,
} from '../../shared/contract';
import type { SqliteDatabase } from './nativeBinding';
import { toPrefixMatch } from './ftsQuery';

export interface NewDocument {
  readonly id: string;
  readonly title: string;
  readonly author: string | null;
  readonly date: string | null;
  readonly kind: DocumentKind;
  readonly language: Language | null;
  readonly format: DocumentFormat;
  readonly fileName: string;
  readonly byteSize: number;
  readonly sha256: string;
  readonly pages: readonly DocumentPage[];
  readonly text: string;
  readonly importedAt: string;
}

export interface StoredMention {
  readonly nodeId: string;
  readonly start: number;
  readonly end: number;
  readonly page: number;
}

export interface PassageRow {
  readonly page: number;
  readonly start: number;
  readonly text: string;
}

export interface DocumentPatch {
  readonly title?: string | undefined;
  readonly author?: string | null | undefined;
  readonly date?: string | null | undefined;
  readonly kind?: DocumentKind | undefined;
  readonly language?: Language | null | undefined;
}

/** A search hit: the passage with the matched words wrapped in \u0001 … \u0002. */
export interface PassageHit {
  readonly documentId: string;
  readonly title: string;
  readonly page: number;
  readonly start: number;
  readonly marked: string;
}

export interface NodeMentionCount {
  readonly documentId: string;
  readonly title: string;
  readonly date: string | null;
  readonly count: number;
  readonly start: number;
  readonly end: number;
  readonly page: number;
}

type Write = <T>(work: () => T) => T;

const SUMMARY = `d.id, d.title, d.author, d.date, d.kind, d.language, d.format, d.file_name AS fileName,
  d.byte_size AS byteSize, json_array_length(d.pages) AS pageCount, length(d.text) AS charCount,
  (SELECT count(*) FROM document_mention m WHERE m.document_id = d.id) AS mentionCount,
  d.imported_at AS importedAt, d.updated_at AS updatedAt`;

const PATCH_COLUMNS = { title: 'title', author: 'author', date: 'date', kind: 'kind', language: 'language' } as const;

export class DocumentStore {
  private tablesChecked = false;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly write: Write,
  ) {}

  list(): DocumentSummary[] {
    if (!this.ready()) return [];
    return this.db
      .prepare(`SELECT ${SUMMARY} FROM document d ORDER BY d.imported_at DESC, d.id`)
      .all() as DocumentSummary[];
  }

  summary(id: string): DocumentSummary | null {
    if (!this.ready()) return null;
    const row = this.db.prepare(`SELECT ${SUMMARY} FROM document d WHERE d.id = ?`).get(id) as
      DocumentSummary | undefined;
    return row ?? null;
  }

  get(id: string): UserDocument | null {
    const summary = this.summary(id);
    if (summary === null) return null;
    const row = this.db.prepare('SELECT text, pages FROM document WHERE id = ?').get(id) as {
      text: string;
      pages: string;
    };
    return { ...summary, text: row.text, pages: parsePages(row.pages) };
  }

  idBySha256(sha256: string): string | null {
    if (!this.ready()) return null;
    const row = this.db.prepare('SELECT id FROM document WHERE sha256 = ?').get(sha256) as { id: string } | undefined;
    return row?.id ?? null;
  }

  /**
   * Stores a document, its mentions and passages in one transaction: all of it or nothing. False when
   * the same file was stored meanwhile (two imports of it at once): then nothing more is written.
   */
  insert(
    doc: NewDocument,
    mentions: readonly StoredMention[],
    mentionsOf: string,
    passages: readonly PassageRow[],
  ): boolean {
    return this.write(() =>
      this.db.transaction(() => {
        const inserted = this.db
          .prepare(
            `INSERT INTO document (id, title, author, date, kind, language, format, file_name, byte_size, sha256,
               pages, text, mentions_of, imported_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          )
          .run(
            doc.id,
            doc.title,
            doc.author,
            doc.date,
            doc.kind,
            doc.language,
            doc.format,
            doc.fileName,
            doc.byteSize,
            doc.sha256,
            JSON.stringify(doc.pages.map((p) => [p.number, p.start, p.end])),
            doc.text,
            mentionsOf,
            doc.importedAt,
            doc.importedAt,
          );
        if (inserted.changes === 0) return false;
        this.insertMentions(doc.id, mentions);
        const passage = this.db.prepare(
          'INSERT INTO document_passage (text, document_id, page, start_offset) VALUES (?, ?, ?, ?)',
        );
        for (const p of passages) passage.run(p.text, doc.id, p.page, p.start);
        return true;
      })(),
    );
  }

  update(id: string, patch: DocumentPatch, updatedAt: string): DocumentSummary | null {
    if (this.summary(id) === null) return null;
    const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [keyof DocumentPatch, unknown][];
    const sets = entries.map(([key]) => `${PATCH_COLUMNS[key]} = ?`);
    this.write(() =>
      this.db
        .prepare(`UPDATE document SET ${[...sets, 'updated_at = ?'].join(', ')} WHERE id = ?`)
        .run(...entries.map(([, v]) => v), updatedAt, id),
    );
    return this.summary(id);
  }

  delete(id: string): boolean {
    if (!this.ready()) return false;
    return this.write(() =>
      this.db.transaction(() => {
        this.db.prepare('DELETE FROM document_passage WHERE document_id = ?').run(id);
        return this.db.prepare('DELETE FROM document WHERE id = ?').run(id).changes > 0;
      })(),
    );
  }

  mentions(id: string): StoredMention[] {
    if (!this.ready()) return [];
    return this.db
      .prepare(
        `SELECT node_id AS nodeId, start_offset AS start, end_offset AS "end", page
         FROM document_mention WHERE document_id = ? ORDER BY start_offset`,
      )
      .all(id) as StoredMention[];
  }

  /** Documents whose mentions were found against another dataset than `version`. */
  staleMentions(version: string): { id: string; text: string; pages: DocumentPage[] }[] {
    if (!this.ready()) return [];
    const rows = this.db.prepare('SELECT id, text, pages FROM document WHERE mentions_of <> ?').all(version) as {
      id: string;
      text: string;
      pages: string;
    }[];
    return rows.map((r) => ({ ...r, pages: parsePages(r.pages) }));
  }

  replaceMentions(id: string, mentions: readonly StoredMention[], mentionsOf: string): void {
    this.write(() =>
      this.db.transaction(() => {
        this.db.prepare('DELETE FROM document_mention WHERE document_id = ?').run(id);
        this.insertMentions(id, mentions);
        this.db.prepare('UPDATE document SET mentions_of = ? WHERE id = ?').run(mentionsOf, id);
      })(),
    );
  }

  /** Passages matching every word typed (the last as a prefix), best first; limit + 1 rows tell "more". */
  search(text: string, documentIds: readonly string[] | null, limit: number): PassageHit[] {
    const match = toPrefixMatch(text);
    if (match === null || !this.ready()) return [];
    return this.db
      .prepare(
        `SELECT p.document_id AS documentId, d.title, p.page, p.start_offset AS start,
           highlight(document_passage, 0, char(1), char(2)) AS marked
         FROM document_passage p JOIN document d ON d.id = p.document_id
         WHERE p.text MATCH ? AND (? IS NULL OR p.document_id IN (SELECT value FROM json_each(?)))
         ORDER BY p.rank, p.document_id, p.start_offset
         LIMIT ?`,
      )
      .all(match, documentIds === null ? null : 1, JSON.stringify(documentIds ?? []), limit) as PassageHit[];
  }

  /** Each document mentioning a node, with the count and the first mention. */
  mentioning(nodeId: string): NodeMentionCount[] {
    if (!this.ready()) return [];
    return this.db
      .prepare(
        `SELECT d.id AS documentId, d.title, d.date, count(*) AS count, min(m.start_offset) AS start,
           (SELECT end_offset FROM document_mention f WHERE f.document_id = d.id AND f.node_id = ?
            ORDER BY f.start_offset LIMIT 1) AS "end",
           (SELECT page FROM document_mention f WHERE f.document_id = d.id AND f.node_id = ?
            ORDER BY f.start_offset LIMIT 1) AS page
         FROM document_mention m JOIN document d ON d.id = m.document_id
         WHERE m.node_id = ? GROUP BY d.id ORDER BY count DESC, d.id`,
      )
      .all(nodeId, nodeId, nodeId) as NodeMentionCount[];
  }

  private insertMentions(id: string, mentions: readonly StoredMention[]): void {
    const insert = this.db.prepare(
      'INSERT INTO document_mention (document_id, start_offset, end_offset, node_id, page) VALUES (?, ?, ?, ?, ?)',
    );
    for (const m of mentions) insert.run(id, m.start, m.end, m.nodeId, m.page);
  }

  /** A file opened read-only from before the workbench has no document tables: it then has no documents. */
  private ready(): boolean {
    if (!this.tablesChecked) {
      this.tablesChecked =
        this.db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'document'").get() !== undefined;
    }
    return this.tablesChecked;
  }
}

function parsePages(json: string): DocumentPage[] {
  return (JSON.parse(json) as [number, number, number][]).map(([number, start, end]) => ({ number, start, end }));
}
