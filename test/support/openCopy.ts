// Copies of what a process run as another user (`nobody`, when the tests run as root and need file
// modes to hold) must read, in a folder every user may enter. The checkout itself may sit in a 0700
// folder (fresh-check clones into `mktemp -d`; /root is 0700), where that user can neither run a
// script nor find a package: the storage probes and the read-only e2e failed there on a healthy machine.
import { chmodSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** better-sqlite3 and what it requires at run time: its JavaScript and native binary, no build tree. */
export const SQLITE_RUNTIME: Readonly<Record<string, readonly string[]>> = {
  'better-sqlite3': ['package.json', 'lib', join('build', 'Release', 'better_sqlite3.node')],
  bindings: ['package.json', 'bindings.js'],
  'file-uri-to-path': ['package.json', 'index.js'],
};

/** A new folder under the temp folder that every user may enter and read, removed when the process ends. */
export function openFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Copies the named parts of installed packages (a package's name to its parts; `['.']` for all of it). */
export function copyPackages(dir: string, packages: Readonly<Record<string, readonly string[]>>): void {
  for (const [name, parts] of Object.entries(packages)) {
    for (const part of parts) {
      cpSync(resolve('node_modules', name, part), join(dir, 'node_modules', name, part), { recursive: true });
    }
  }
}

/** Makes every folder below `folder` enterable and every file readable by every user. */
export function openToAll(folder: string): void {
  chmodSync(folder, 0o755);
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) openToAll(path);
    else chmodSync(path, 0o644);
  }
}
