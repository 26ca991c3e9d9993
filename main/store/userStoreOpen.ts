// Opens the user database without ever discarding it. Only SQLite's own verdict (corrupt, not a
// database) or a 0-byte file sets a file aside; a lock, missing permissions, read-only media or a
// newer schema leave it where it is and open the app read-only (or, if it cannot be read at all,
// with an empty stand-in), each with an event the renderer words for the user.
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ErrorCode, StorageEvent, StorageEventKind, StorageMode } from '../../shared/contract';
import { openSqlite, openSqliteImage, type SqliteDatabase } from './nativeBinding';
import { migrateUserDb, schemaVersion, USER_SCHEMA_VERSION } from './userSchema';

export interface UserDbOptions {
  /** How long to wait for another program's lock before reporting the file as locked. */
  readonly busyTimeoutMs?: number;
  /** Caps the file's size in pages (SQLite's max_page_count): bounds the file, and lets tests fill the "disk". */
  readonly maxPageCount?: number;
}

/** Why saving is refused, as the code and message every refused write carries. */
export interface Refusal {
  readonly code: ErrorCode;
  readonly message: string;
}

export interface OpenedUserDb {
  readonly db: SqliteDatabase;
  readonly mode: StorageMode;
  readonly events: StorageEvent[];
  readonly refusal: Refusal | null;
}

type Verdict = 'damaged' | 'locked' | 'no-permission' | 'read-only' | 'full' | 'other';

/** What an error from SQLite or the file system says about the file. */
export function classifyStorageError(error: unknown): Verdict {
  const code = errorCode(error);
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return 'damaged';
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return 'locked';
  if (/^SQLITE_READONLY/.test(code) || code === 'EROFS') return 'read-only';
  if (code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EPERM') return 'no-permission';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'full';
  return 'other';
}

export function errorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('code' in error)) return '';
  return typeof error.code === 'string' ? error.code : '';
}

export function openUserDb(path: string, options: UserDbOptions = {}): OpenedUserDb {
  if (!ensureFolder(path)) return unavailable(path, 'read-only');
  if (!existsSync(path)) return openFresh(path, [], options);
  if (statSync(path).size === 0) return setAside(path, 'empty-set-aside', options);
  if (!canAccess(path, constants.R_OK)) return unavailable(path, 'no-permission');
  // WAL writes `-wal` and `-shm` beside the file: the folder must be writable too.
  const writable = canAccess(path, constants.W_OK) && canAccess(dirname(path), constants.W_OK);
  let db: SqliteDatabase | null = null;
  try {
    db = writable ? openSqlite(path, { fileMustExist: true }) : openReadOnly(path);
    db.pragma(`busy_timeout = ${String(options.busyTimeoutMs ?? 2000)}`);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      db.close();
      return setAside(path, 'set-aside', options);
    }
  } catch (error) {
    db?.close();
    const verdict = classifyStorageError(error);
    if (verdict === 'damaged') return setAside(path, 'set-aside', options);
    if (verdict === 'locked' || verdict === 'no-permission' || verdict === 'read-only') {
      return unavailable(path, verdict);
    }
    throw error;
  }
  const version = schemaVersion(db);
  if (version > USER_SCHEMA_VERSION) {
    db.close();
    return readOnly(path, { kind: 'newer-version', file: path, fromVersion: version, toVersion: USER_SCHEMA_VERSION });
  }
  if (!writable) return { db, ...refusing(path, { kind: 'read-only', file: path }, 'read-only') };
  return prepare(db, path, [], options);
}

/** Sets the journal and limits, migrates, and reports a migration of an existing file. */
function prepare(db: SqliteDatabase, path: string, events: StorageEvent[], options: UserDbOptions): OpenedUserDb {
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    if (options.maxPageCount !== undefined) db.pragma(`max_page_count = ${String(options.maxPageCount)}`);
    const from = migrateUserDb(db);
    if (from > 0 && from < USER_SCHEMA_VERSION) {
      events.push({ kind: 'migrated', file: path, fromVersion: from, toVersion: USER_SCHEMA_VERSION });
    }
    return { db, mode: 'writable', events, refusal: null };
  } catch (error) {
    const verdict = classifyStorageError(error);
    if (verdict === 'other' || verdict === 'damaged') throw error;
    const kind: StorageEventKind = verdict === 'full' ? 'disk-full' : verdict;
    return { db, ...refusing(path, { kind, file: path }, 'read-only'), events: [...events, { kind, file: path }] };
  }
}

function openFresh(path: string, events: StorageEvent[], options: UserDbOptions): OpenedUserDb {
  try {
    return prepare(openSqlite(path), path, events, options);
  } catch (error) {
    const verdict = classifyStorageError(error);
    if (verdict === 'no-permission' || verdict === 'read-only') return unavailable(path, verdict, events);
    throw error;
  }
}

/** Keeps a damaged or empty file (and its journal) under a new name, then starts a new one. */
function setAside(path: string, kind: 'set-aside' | 'empty-set-aside', options: UserDbOptions): OpenedUserDb {
  const keptAs = `${path}.damaged-${String(Date.now())}`;
  try {
    renameSync(path, keptAs);
    for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, keptAs + suffix);
  } catch {
    // A read-only folder: the damaged file stays exactly where it was, and nothing is saved.
    return unavailable(path, 'damaged-kept');
  }
  return openFresh(path, [{ kind, file: path, keptAs }], options);
}

/** Opens the file read-only: what it holds is shown, nothing is written to it. */
function readOnly(path: string, event: StorageEvent): OpenedUserDb {
  try {
    return { db: openReadOnly(path), ...refusing(path, event, 'read-only') };
  } catch {
    return { ...unavailable(path, event.kind), events: [event] };
  }
}

/**
 * SQLite reads a WAL file read-only only if its `-shm` can be had; in a read-only folder without
 * one, it reads an in-memory copy of the file's bytes instead (marked as a rollback-journal image,
 * which is all the WAL flag in the header changes). Nothing is written either way.
 */
function openReadOnly(path: string): SqliteDatabase {
  const db = openSqlite(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma('schema_version', { simple: true });
    return db;
  } catch (error) {
    db.close();
    if (existsSync(`${path}-wal`) || classifyStorageError(error) === 'damaged') throw error;
    const image = readFileSync(path);
    if (image.length > 19 && image[18] === 2 && image[19] === 2) image.fill(1, 18, 20);
    return openSqliteImage(image);
  }
}

/** Nothing can be read: an empty in-memory stand-in answers reads, every write is refused. */
function unavailable(path: string, kind: StorageEventKind, earlier: StorageEvent[] = []): OpenedUserDb {
  const db = openSqlite(':memory:');
  migrateUserDb(db);
  const refused = refusing(path, { kind, file: path }, 'unavailable');
  return { db, ...refused, events: [...earlier, ...refused.events] };
}

function refusing(path: string, event: StorageEvent, mode: StorageMode): Omit<OpenedUserDb, 'db'> {
  return { mode, events: [event], refusal: refusalFor(event.kind, path) };
}

export function refusalFor(kind: StorageEventKind, path: string): Refusal {
  switch (kind) {
    case 'locked':
      return {
        code: 'STORAGE_LOCKED',
        message: `The user database ${path} is locked by another program; close it and restart IPS Atlas.`,
      };
    case 'newer-version':
      return {
        code: 'STORAGE_NEWER_VERSION',
        message: `The user database ${path} was written by a newer IPS Atlas; update the app to save.`,
      };
    case 'disk-full':
      return { code: 'STORAGE_FULL', message: `The disk holding ${path} is full; free some space and try again.` };
    default:
      return {
        code: 'STORAGE_READ_ONLY',
        message: `The user database ${path} cannot be written (read-only or no permission); nothing is saved.`,
      };
  }
}

function ensureFolder(path: string): boolean {
  try {
    mkdirSync(dirname(path), { recursive: true });
    return true;
  } catch (error) {
    if (classifyStorageError(error) === 'other') throw error;
    return false;
  }
}

function canAccess(path: string, mode: number): boolean {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}
