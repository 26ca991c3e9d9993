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
