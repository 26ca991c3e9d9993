// The state of the user's own database as the renderer may see it: whether saving works, and every
// event the user must hear about (a file set aside, a lock, read-only media, a migration, a full disk).

/** What happened to the user database; each kind has its own localised notice in the renderer. */
export const STORAGE_EVENT_KINDS = [
  /** SQLite said the file is corrupt or not a database: it was renamed aside and a new one started. */
  'set-aside',
  /** The file was 0 bytes long: kept aside like a damaged one, a new one started. */
  'empty-set-aside',
  /** Damaged, but it could not be moved aside (read-only folder): nothing saved this session. */
  'damaged-kept',
  /** Another program holds the file locked: nothing could be read or saved. */
  'locked',
  /** The file or its folder may not be read by this user. */
  'no-permission',
  /** The file or its folder may be read but not written (read-only media, permissions). */
  'read-only',
  /** Written by a newer IPS Atlas: shown, never changed. */
  'newer-version',
  /** Upgraded in place from an older schema; nothing was lost. */
  'migrated',
  /** A save failed because the disk is full. */
  'disk-full',
] as const;
export type StorageEventKind = (typeof STORAGE_EVENT_KINDS)[number];

export interface StorageEvent {
  readonly kind: StorageEventKind;
  /** The user database, as a path the user can find. */
  readonly file: string;
  /** Where a set-aside file was kept. */
  readonly keptAs?: string;
  /** Schema versions, for newer-version and migrated. */
  readonly fromVersion?: number;
  readonly toVersion?: number;
}

/** `writable`: saving works. `read-only`: saved views are shown, saving is refused. `unavailable`: neither. */
export const STORAGE_MODES = ['writable', 'read-only', 'unavailable'] as const;
export type StorageMode = (typeof STORAGE_MODES)[number];

export interface StorageStatus {
  readonly file: string;
  readonly mode: StorageMode;
  readonly events: readonly StorageEvent[];
}
