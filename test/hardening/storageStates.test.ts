// What the user sees, through the contract, for each state the user database can be found in:
// locked by another program, 0 bytes, garbage, written by a newer app, and a disk that fills up.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import type { Envelope, MethodResult, StorageStatus, WireError } from '../../shared/contract';
import { openService, USER_DB_FILE } from '../../main/service/openService';
import { openSqlite } from '../../main/store/nativeBinding';
import { USER_SCHEMA_VERSION } from '../../main/store/userSchema';
import { buildDatasetFile, dispatchOver, FIXTURE_DATA_DIR } from '../support/testService';
import { openFolder, userDbWithView } from './support/storageCases';

const datasetPath = buildDatasetFile(FIXTURE_DATA_DIR);
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill();
});

async function outcome(userDataDir: string) {
  const service = openService({ datasetPath, userDataDir, onWarning: () => undefined });
  try {
    const status = ok<MethodResult<'app.status'>>(await service.dispatch('app.status', {})).storage;
    const views = ok<MethodResult<'view.list'>>(await service.dispatch('view.list', {})).map((v) => v.name);
    const save = await service.dispatch('view.save', { name: 'Nieuw', state: { nodeIds: ['europol'] } });
    return { status, views, save: save.ok ? 'saved' : save.error.code };
  } finally {
    service.close();
  }
}

function ok<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

/** Another program holding the file with `locking_mode=EXCLUSIVE`, as a separate process. */
function holdExclusiveLock(path: string): Promise<ChildProcess> {
  const script = `const db = new (require('better-sqlite3'))(process.argv[1]);
    db.pragma('locking_mode = EXCLUSIVE'); db.exec('BEGIN EXCLUSIVE; COMMIT');
    console.log('locked'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script, path], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve) => {
    createInterface({ input: child.stdout }).once('line', () => resolve(child));
  });
}

describe('the user database as the user finds it', () => {
  it('reports a file locked by another program, keeps it, and refuses saves with STORAGE_LOCKED', async () => {
    const dir = openFolder();
    const path = join(dir, USER_DB_FILE);
    userDbWithView(path);
    const holder = await holdExclusiveLock(path);
    const locked = await outcome(dir);
    console.log('tried a user database held with locking_mode=EXCLUSIVE by another process:', JSON.stringify(locked));
    expect(locked.status).toEqual({ file: path, mode: 'unavailable', events: [{ kind: 'locked', file: path }] });
    expect(locked.save).toBe('STORAGE_LOCKED');
    holder.kill();
    await new Promise((resolve) => holder.once('exit', resolve));
    const after = await outcome(dir);
    expect(after.views).toEqual(['Bewaard']);
    expect(after.status).toEqual({ file: path, mode: 'writable', events: [] });
  });

  it('keeps a 0-byte file aside and says so, instead of silently starting empty', async () => {
    const dir = openFolder();
    const path = join(dir, USER_DB_FILE);
    writeFileSync(path, '');
    const result = await outcome(dir);
    console.log('tried a 0-byte user database:', JSON.stringify(result));
    const [event] = result.status.events;
    expect(result.status.mode).toBe('writable');
    expect(event).toMatchObject({ kind: 'empty-set-aside', file: path });
    expect(existsSync(event?.keptAs ?? '')).toBe(true);
    expect(result.save).toBe('saved');
  });

  it('sets garbage aside with its bytes kept and names the kept file', async () => {
    const dir = openFolder();
    const path = join(dir, USER_DB_FILE);
    const garbage = Buffer.from('SQLite format 3\u0000 but then nothing a database holds '.repeat(40));
    writeFileSync(path, garbage);
    const result = await outcome(dir);
    console.log('tried a garbage user database:', JSON.stringify(result));
    const [event] = result.status.events;
    expect(event).toMatchObject({ kind: 'set-aside', file: path });
    expect(readFileSync(event?.keptAs ?? '').equals(garbage)).toBe(true);
    expect(result.save).toBe('saved');
  });

  it('shows the views of a newer app’s file but never writes to it (STORAGE_NEWER_VERSION)', async () => {
    const dir = openFolder();
    const path = join(dir, USER_DB_FILE);
    userDbWithView(path);
    const db = openSqlite(path);
    db.pragma('user_version = 7');
    db.close();
    const before = readFileSync(path);
    const result = await outcome(dir);
    console.log('tried a user database of schema 7:', JSON.stringify(result));
    expect(result.status).toEqual({
      file: path,
      mode: 'read-only',
      events: [{ kind: 'newer-version', file: path, fromVersion: 7, toVersion: USER_SCHEMA_VERSION }],
    });
    expect(result.views).toEqual(['Bewaard']);
    expect(result.save).toBe('STORAGE_NEWER_VERSION');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('answers a full disk with STORAGE_FULL, keeps what was saved, and clears the notice once space is back', async () => {
    const path = join(openFolder(), USER_DB_FILE);
    // SQLITE_FULL injected with max_page_count: the file may not grow past 40 pages of 4 KiB.
    const { dispatch, close } = dispatchOver(datasetPath, path, 40);
    const big = { nodeIds: Array.from({ length: 800 }, (_, i) => `node-${String(i)}`) };
    let saved = 0;
    let refusal: WireError | null = null;
    while (refusal === null && saved < 200) {
      const envelope = await dispatch('view.save', { name: `View ${String(saved)}`, state: big });
      if (envelope.ok) saved += 1;
      else refusal = envelope.error;
    }
    const status = ok<{ storage: StorageStatus }>(await dispatch('app.status', {})).storage;
    console.log(`tried filling a 40-page user database: ${String(saved)} views saved, then`, JSON.stringify(refusal));
    expect(refusal?.code).toBe('STORAGE_FULL');
    expect(refusal?.message).toContain(path);
    expect(status.events).toEqual([{ kind: 'disk-full', file: path }]);
    expect(ok<unknown[]>(await dispatch('view.list', {}))).toHaveLength(saved);
    expect(ok<{ deleted: boolean }>(await dispatch('view.delete', { name: 'View 0' })).deleted).toBe(true);
    expect((await dispatch('view.save', { name: 'Klein', state: {} })).ok).toBe(true);
    expect(ok<{ storage: StorageStatus }>(await dispatch('app.status', {})).storage.events).toEqual([]);
    close();
    const db = openSqlite(path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
