// The user's own database (preferences, saved views; later their own nodes and notes).
// Lives in the user-data folder, separate from the bundled dataset, so an app update never touches it.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  AppError,
  type LastView,
  type Preferences,
  type SavedView,
  type SavedViewSummary,
} from '../../shared/contract';
import { openSqlite, type SqliteDatabase } from './nativeBinding';

/** Each entry migrates from user_version = index to index + 1. Append only; never edit a shipped step. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE preference (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
   CREATE TABLE saved_view (name TEXT PRIMARY KEY, state TEXT NOT NULL, updated_at TEXT NOT NULL) WITHOUT ROWID;`,
  // The view open when the app last closed: one row, apart from the named views the user manages.
  `CREATE TABLE last_view (slot INTEGER PRIMARY KEY CHECK (slot = 1), state TEXT NOT NULL, updated_at TEXT NOT NULL);`,
];

const DEFAULT_PREFERENCES: Preferences = { language: 'nl' };

export interface UserStoreOptions {
  /** Clock for saved-view timestamps; injectable so tests are deterministic. */
  readonly now?: () => Date;
  readonly onWarning?: (message: string) => void;
}

export class UserStore {
  private readonly db: SqliteDatabase;
  private readonly now: () => Date;

  constructor(
    readonly path: string,
    options: UserStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    mkdirSync(dirname(path), { recursive: true });
    this.db = openOrSetAside(path, options.onWarning ?? (() => undefined));
    // Refuse a newer schema before changing anything, the journal mode included.
    this.refuseNewerSchema();
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  close(): void {
    this.db.close();
  }

  preferences(): Preferences {
    const rows = this.db.prepare('SELECT key, value FROM preference').all() as { key: string; value: string }[];
    const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
    return { ...DEFAULT_PREFERENCES, ...(stored as Partial<Preferences>) };
  }

  setPreferences(patch: Partial<Preferences>): Preferences {
    const upsert = this.db.prepare(
      'INSERT INTO preference (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(patch) as [string, unknown][])
        if (value !== undefined) upsert.run(key, JSON.stringify(value));
    })();
    return this.preferences();
  }

  views(): SavedViewSummary[] {
    return this.db
      .prepare('SELECT name, updated_at AS updatedAt FROM saved_view ORDER BY name COLLATE NOCASE')
      .all() as SavedViewSummary[];
  }

  view(name: string): SavedView | null {
    const row = this.db
      .prepare('SELECT name, state, updated_at AS updatedAt FROM saved_view WHERE name = ?')
      .get(name) as { name: string; state: string; updatedAt: string } | undefined;
    return row === undefined ? null : { ...row, state: JSON.parse(row.state) as unknown };
  }

  saveView(name: string, state: unknown): SavedViewSummary {
    const updatedAt = this.now().toISOString();
    this.db
      .prepare(
        `INSERT INTO saved_view (name, state, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
      )
      .run(name, JSON.stringify(state), updatedAt);
    return { name, updatedAt };
  }

  deleteView(name: string): boolean {
    return this.db.prepare('DELETE FROM saved_view WHERE name = ?').run(name).changes > 0;
  }

  lastView(): LastView | null {
    const row = this.db.prepare('SELECT state, updated_at AS updatedAt FROM last_view WHERE slot = 1').get() as
      { state: string; updatedAt: string } | undefined;
    return row === undefined ? null : { state: JSON.parse(row.state) as unknown, updatedAt: row.updatedAt };
  }

  saveLastView(state: unknown): { updatedAt: string } {
    const updatedAt = this.now().toISOString();
    this.db
      .prepare(
        `INSERT INTO last_view (slot, state, updated_at) VALUES (1, ?, ?)
         ON CONFLICT (slot) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
      )
      .run(JSON.stringify(state), updatedAt);
    return { updatedAt };
  }

  private refuseNewerSchema(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      this.db.close();
      throw new AppError(
        'UNAVAILABLE',
        `The user database ${this.path} was written by a newer IPS Atlas (schema ${String(version)}); update the app.`,
      );
    }
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    for (let step = version; step < MIGRATIONS.length; step += 1) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[step] ?? '');
        this.db.pragma(`user_version = ${String(step + 1)}`);
      })();
    }
  }
}

/**
 * A damaged user database is never overwritten: it is renamed aside (kept for recovery) and a
 * fresh one is started, with a warning that names both files.
 */
function openOrSetAside(path: string, warn: (message: string) => void): SqliteDatabase {
  if (!existsSync(path)) return openSqlite(path);
  try {
    const db = openSqlite(path);
    const check = db.pragma('quick_check', { simple: true });
    if (check === 'ok') return db;
    db.close();
  } catch {
    // fall through: unreadable as SQLite
  }
  const aside = `${path}.damaged-${String(Date.now())}`;
  renameSync(path, aside);
  for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
  warn(`The user database ${path} was damaged; it was kept as ${aside} and a new one was started.`);
  return openSqlite(path);
}
