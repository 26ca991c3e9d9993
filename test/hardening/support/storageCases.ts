// Builders for the storage failure tests: folders any user may enter, a user database with a saved
// view, the probe run as an unprivileged user (CI runs as root, and root ignores file modes).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StorageStatus } from '../../../shared/contract';
import { UserStore } from '../../../main/store/userStore';
import { childScript } from './childProcess';

export const isRoot = process.getuid?.() === 0;
/** `nobody` on Debian: the user the probe runs as when the tests run as root. */
const NOBODY = 65534;

export interface ProbeReport {
  readonly status: StorageStatus;
  readonly views: string[];
  /** 'saved', or the error code the save was refused with. */
  readonly save: string;
}

/** A folder every user may enter and read. */
export function openFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-hardening-'));
  chmodSync(dir, 0o755);
  return dir;
}

/** A user database holding one saved view, closed (so no -wal or -shm is left beside it). */
export function userDbWithView(path: string, view = 'Bewaard'): void {
  const store = new UserStore(path);
  store.saveView(view, { nodeIds: ['europol'] });
  store.close();
}

/**
 * Takes write permission away: as root the probe runs as `nobody`, for whom a root-owned 0755 folder
 * and 0644 file are read-only and a 0600 file is unreadable; as anyone else, the modes are tightened
 * for the owner too. Either way the operating system, not a flag, refuses the writes.
 */
export function restrict(dir: string, file: string | null, access: 'read-only' | 'none'): void {
  if (file !== null) chmodSync(file, access === 'none' ? (isRoot ? 0o600 : 0o000) : isRoot ? 0o644 : 0o444);
  chmodSync(dir, isRoot ? 0o755 : 0o555);
}

export function probe(path: string): ProbeReport {
  const run = spawnSync(process.execPath, [childScript(), 'probe', path], {
    encoding: 'utf8',
    ...(isRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  if (run.status !== 0) throw new Error(`probe failed (${String(run.status)}): ${run.stderr}`);
  return JSON.parse(run.stdout) as ProbeReport;
}
