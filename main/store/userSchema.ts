// The user database's schema, as numbered migrations, and the one function that applies them.
import type { SqliteDatabase } from './nativeBinding';

/** Each entry migrates from user_version = index to index + 1. Append only; never edit a shipped step. */
export const USER_MIGRATIONS: readonly string[] = [
  `CREATE TABLE preference (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
   CREATE TABLE saved_view (name TEXT PRIMARY KEY, state TEXT NOT NULL, updated_at TEXT NOT NULL) WITHOUT ROWID;`,
  // The view open when the app last closed: one row, apart from the named views the user manages.
  `CREATE TABLE last_view (slot INTEGER PRIMARY KEY CHECK (slot = 1), state TEXT NOT NULL, updated_at TEXT NOT NULL);`,
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
