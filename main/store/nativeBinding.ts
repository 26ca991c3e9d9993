// Opens SQLite databases with the right native binary for the running process.
// Node (tests, browser mode) uses better-sqlite3's own build; the Electron shell points at a copy
// built for Electron's ABI (see build/scripts/electronNative.ts), so neither run breaks the other.
import Database from 'better-sqlite3';

let nativeBinding: string | undefined;

export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

export type SqliteDatabase = Database.Database;
export type SqliteStatement = Database.Statement;

export function openSqlite(
  path: string,
  options: { readonly?: boolean; fileMustExist?: boolean } = {},
): SqliteDatabase {
  return new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? false,
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
  });
}

/** Opens an in-memory copy of a database image (a file's bytes): reads it without touching the file. */
export function openSqliteImage(image: Buffer): SqliteDatabase {
  return new Database(image, nativeBinding === undefined ? {} : { nativeBinding });
}
