// The user's own database (preferences, saved views; later their own nodes and notes).
// Lives in the user-data folder, separate from the bundled dataset, so an app update never touches it.
// Opening never discards it (userStoreOpen.ts); every write refused by the storage carries a typed code.
import {
  AppError,
  type LastView,
  type Preferences,
  type SavedView,
  type SavedViewSummary,
  type StorageEvent,
  type StorageStatus,
} from '../../shared/contract';
import { CurationStore } from './curationStore';
import { DocumentStore } from './documentStore';
import { ExchangeStore } from './exchangeStore';
import type { SqliteDatabase } from './nativeBinding';
import { classifyStorageError, openUserDb, refusalFor, type Refusal, type UserDbOptions } from './userStoreOpen';

const DEFAULT_PREFERENCES: Preferences = { language: 'nl' };

export interface UserStoreOptions extends UserDbOptions {
  /** Clock for saved-view timestamps; injectable so tests are deterministic. */
  readonly now?: () => Date;
  /** Hears each storage event as it happens (for the log); the renderer reads them through status(). */
  readonly onWarning?: (message: string) => void;
}

export class UserStore {
  private readonly db: SqliteDatabase;
  private readonly now: () => Date;
  private readonly warn: (message: string) => void;
  private readonly refusal: Refusal | null;
  private readonly mode: StorageStatus['mode'];
  private events: StorageEvent[];
  /** The user's imported documents (documentStore.ts), in this same file and behind the same write refusals. */
  readonly documents: DocumentStore;
  /** Everything the user made, read and merged whole for the exchange between laptops (exchangeStore.ts). */
  readonly exchange: ExchangeStore;
  /** The user's nodes, relations and notes (curationStore.ts), behind the same write refusals. */
  readonly curation: CurationStore;

  constructor(
    readonly path: string,
    options: UserStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.warn = options.onWarning ?? (() => undefined);
    const opened = openUserDb(path, options);
    this.db = opened.db;
    this.mode = opened.mode;
    this.refusal = opened.refusal;
    this.events = opened.events;
    this.documents = new DocumentStore(this.db, (work) => this.write(work));
    this.exchange = new ExchangeStore(this.db, (work) => this.write(work), this.documents);
    this.curation = new CurationStore(this.db, (work) => this.write(work));
    for (const event of opened.events) this.warn(describeEvent(event));
  }

  close(): void {
    this.db.close();
  }

  status(): StorageStatus {
    return { file: this.path, mode: this.mode, events: [...this.events] };
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
    this.write(() => {
      this.db.transaction(() => {
        for (const [key, value] of Object.entries(patch) as [string, unknown][])
          if (value !== undefined) upsert.run(key, JSON.stringify(value));
      })();
    });
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
    this.write(() =>
      this.db
        .prepare(
          `INSERT INTO saved_view (name, state, updated_at) VALUES (?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
        )
        .run(name, JSON.stringify(state), updatedAt),
    );
    return { name, updatedAt };
  }

  deleteView(name: string): boolean {
    return this.write(() => this.db.prepare('DELETE FROM saved_view WHERE name = ?').run(name).changes > 0);
  }

  lastView(): LastView | null {
    // An older file opened read-only may predate the last-view table: then there is no last view.
    if (this.mode !== 'writable' && !this.hasTable('last_view')) return null;
    const row = this.db.prepare('SELECT state, updated_at AS updatedAt FROM last_view WHERE slot = 1').get() as
      { state: string; updatedAt: string } | undefined;
    return row === undefined ? null : { state: JSON.parse(row.state) as unknown, updatedAt: row.updatedAt };
  }

  saveLastView(state: unknown): { updatedAt: string } {
    const updatedAt = this.now().toISOString();
    this.write(() =>
      this.db
        .prepare(
          `INSERT INTO last_view (slot, state, updated_at) VALUES (1, ?, ?)
           ON CONFLICT (slot) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
        )
        .run(JSON.stringify(state), updatedAt),
    );
    return { updatedAt };
  }

  /** Runs one write, or refuses it with the reason the storage gives, as a typed code. */
  private write<T>(work: () => T): T {
    if (this.refusal !== null) throw new AppError(this.refusal.code, this.refusal.message);
    try {
      const result = work();
      // Space was freed: the earlier disk-full notice no longer holds.
      this.events = this.events.filter((e) => e.kind !== 'disk-full');
      return result;
    } catch (error) {
      const verdict = classifyStorageError(error);
      if (verdict !== 'full' && verdict !== 'read-only' && verdict !== 'locked') throw error;
      const kind = verdict === 'full' ? 'disk-full' : verdict;
      if (!this.events.some((e) => e.kind === kind)) {
        const event: StorageEvent = { kind, file: this.path };
        this.events = [...this.events, event];
        this.warn(describeEvent(event));
      }
      const refusal = refusalFor(kind, this.path);
      throw new AppError(refusal.code, refusal.message);
    }
  }

  private hasTable(name: string): boolean {
    return this.db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
  }
}

/** The log line for one event; the user reads the renderer's localised wording of the same event. */
function describeEvent(event: StorageEvent): string {
  if (event.kind === 'set-aside' || event.kind === 'empty-set-aside') {
    const why = event.kind === 'set-aside' ? 'was damaged' : 'was empty (0 bytes)';
    return `The user database ${event.file} ${why}; it was kept as ${event.keptAs ?? '?'} and a new one was started.`;
  }
  if (event.kind === 'migrated') {
    return `The user database ${event.file} was upgraded from schema ${String(event.fromVersion)} to ${String(event.toVersion)}.`;
  }
  return refusalFor(event.kind, event.file).message;
}
