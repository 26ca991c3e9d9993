// The user database's schema, as numbered migrations, and the one function that applies them.
import type { SqliteDatabase } from './nativeBinding';

/** Each entry migrates from user_version = index to index + 1. Append only; never edit a shipped step. */
export const USER_MIGRATIONS: readonly string[] = [
  `CREATE TABLE preference (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
   CREATE TABLE saved_view (name TEXT PRIMARY KEY, state TEXT NOT NULL, updated_at TEXT NOT NULL) WITHOUT ROWID;`,
  // The view open when the app last closed: one row, apart from the named views the user manages.
  `CREATE TABLE last_view (slot INTEGER PRIMARY KEY CHECK (slot = 1), state TEXT NOT NULL, updated_at TEXT NOT NULL);`,
  // The document workbench: the user's own documents (text as the viewer shows it, pages as JSON),
  // the mentions of bundle nodes found in them (against the dataset version in mentions_of, so a
  // new bundle triggers a fresh search), and their passages in a diacritics-blind full-text index.
  `CREATE TABLE document (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     author TEXT,
     date TEXT,
     kind TEXT NOT NULL,
     language TEXT,
     format TEXT NOT NULL,
     file_name TEXT NOT NULL,
     byte_size INTEGER NOT NULL,
     sha256 TEXT NOT NULL UNIQUE,
     pages TEXT NOT NULL,
     text TEXT NOT NULL,
     mentions_of TEXT NOT NULL,
     imported_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE document_mention (
     document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
     start_offset INTEGER NOT NULL,
     end_offset INTEGER NOT NULL,
     node_id TEXT NOT NULL,
     page INTEGER NOT NULL,
     PRIMARY KEY (document_id, start_offset)
   ) WITHOUT ROWID;
   CREATE INDEX document_mention_of_node ON document_mention(node_id, document_id);
   CREATE VIRTUAL TABLE document_passage USING fts5(
     text, document_id UNINDEXED, page UNINDEXED, start_offset UNINDEXED,
     tokenize = 'unicode61 remove_diacritics 2'
   );`,
  // Curation (shared/contract/curation.ts): nodes and relations the user made from a passage of one of
  // their documents, and notes on any node or relation. A relation's ends may be bundle ids, so no
  // foreign keys on them: a bundle replacement may take an end away and the relation is kept, detached.
  // Deleting keeps the row (deleted_at) and the id of what the user deleted (deleted_with), so undo
  // restores exactly what went with it. The cited document is not a foreign key either: document.delete
  // refuses while additions cite it, rather than cascading facts away.
  `CREATE TABLE user_node (
     id TEXT PRIMARY KEY,
     kind TEXT NOT NULL,
     label_nl TEXT NOT NULL,
     label_en TEXT,
     status TEXT,
     dates TEXT NOT NULL DEFAULT '{}',
     description TEXT NOT NULL DEFAULT '',
     aliases TEXT NOT NULL DEFAULT '[]',
     document_id TEXT NOT NULL,
     start_offset INTEGER NOT NULL,
     end_offset INTEGER NOT NULL,
     quote TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     deleted_at TEXT,
     deleted_with TEXT
   );
   CREATE INDEX user_node_of_document ON user_node(document_id);
   CREATE TABLE user_relation (
     id TEXT PRIMARY KEY,
     kind TEXT NOT NULL,
     source TEXT NOT NULL,
     target TEXT NOT NULL,
     status TEXT NOT NULL,
     dates TEXT NOT NULL DEFAULT '{}',
     document_id TEXT NOT NULL,
     start_offset INTEGER NOT NULL,
     end_offset INTEGER NOT NULL,
     quote TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     deleted_at TEXT,
     deleted_with TEXT
   );
   CREATE INDEX user_relation_of_source ON user_relation(source);
   CREATE INDEX user_relation_of_target ON user_relation(target);
   CREATE INDEX user_relation_of_document ON user_relation(document_id);
   CREATE TABLE user_note (target_id TEXT PRIMARY KEY, text TEXT NOT NULL, updated_at TEXT NOT NULL) WITHOUT ROWID;`,
];

export const USER_SCHEMA_VERSION = USER_MIGRATIONS.length;

export function schemaVersion(db: SqliteDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the schema up to date, one transaction per step; returns the version it started from. */
export function migrateUserDb(db: SqliteDatabase): number {
  const from = schemaVersion(db);
  for (let step = from; step < USER_MIGRATIONS.length; step += 1) {
    db.transaction(() => {
      db.exec(USER_MIGRATIONS[step] ?? '');
      db.pragma(`user_version = ${String(step + 1)}`);
    })();
  }
  return from;
}
