// The user database on real files: created on first run, survives reopening, never overwritten
// when damaged, refuses a newer schema.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract';
import { openSqlite } from './nativeBinding';
import { UserStore } from './userStore';
import { USER_SCHEMA_VERSION } from './userSchema';

const freshDir = (): string => mkdtempSync(join(tmpdir(), 'atlas-user-'));
const fixedClock = () => new Date('2026-01-02T03:04:05.000Z');

describe('UserStore', () => {
  it('creates its folder and database on first run, with Dutch as the default language', () => {
    const path = join(freshDir(), 'nested', 'user.sqlite');
    const store = new UserStore(path);
    expect(existsSync(path)).toBe(true);
    expect(store.preferences()).toEqual({ language: 'nl' });
    store.close();
  });

  it('keeps preferences and saved views across reopening', () => {
    const path = join(freshDir(), 'user.sqlite');
    const first = new UserStore(path, { now: fixedClock });
    first.setPreferences({ language: 'en' });
    first.saveView('Grensregio', { nodes: ['belgie', 'duitsland'], zoom: 1.5 });
    first.close();
    const second = new UserStore(path);
    expect(second.preferences().language).toBe('en');
    expect(second.views()).toEqual([{ name: 'Grensregio', updatedAt: '2026-01-02T03:04:05.000Z' }]);
    expect(second.view('Grensregio')?.state).toEqual({ nodes: ['belgie', 'duitsland'], zoom: 1.5 });
    expect(second.deleteView('Grensregio')).toBe(true);
    expect(second.deleteView('Grensregio')).toBe(false);
    expect(second.view('Grensregio')).toBeNull();
    second.close();
  });

  it('overwrites a saved view of the same name instead of duplicating it', () => {
    const store = new UserStore(join(freshDir(), 'user.sqlite'));
    store.saveView('A', { v: 1 });
    store.saveView('A', { v: 2 });
    expect(store.views()).toHaveLength(1);
    expect(store.view('A')?.state).toEqual({ v: 2 });
    store.close();
  });

  it('sets a damaged database aside, keeps its bytes, warns with both names and starts fresh', () => {
    const dir = freshDir();
    const path = join(dir, 'user.sqlite');
    writeFileSync(path, 'this is not a database, but it is the user’s file');
    const warnings: string[] = [];
    const store = new UserStore(path, { onWarning: (m) => warnings.push(m) });
    expect(store.preferences().language).toBe('nl');
    store.close();
    const aside = readdirSync(dir).find((f) => f.startsWith('user.sqlite.damaged-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(dir, aside ?? ''), 'utf8')).toBe('this is not a database, but it is the user’s file');
    expect(warnings[0]).toContain(path);
    expect(warnings[0]).toContain(aside);
  });

  it('names the kept file in its status after setting a damaged database aside', () => {
    const dir = freshDir();
    const path = join(dir, 'user.sqlite');
    writeFileSync(path, 'garbage');
    const store = new UserStore(path);
    const [event] = store.status().events;
    expect(event?.kind).toBe('set-aside');
    expect(event?.keptAs).toMatch(/user\.sqlite\.damaged-\d+$/);
    expect(existsSync(event?.keptAs ?? '')).toBe(true);
    store.close();
  });

  it('keeps the last view in its own slot, replaced on each save and kept across reopening', () => {
    const path = join(freshDir(), 'user.sqlite');
    const first = new UserStore(path, { now: fixedClock });
    expect(first.lastView()).toBeNull();
    first.saveLastView({ nodeIds: ['europol'] });
    first.saveLastView({ nodeIds: ['europol', 'germany'] });
    first.close();
    const second = new UserStore(path);
    expect(second.lastView()).toEqual({
      state: { nodeIds: ['europol', 'germany'] },
      updatedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(second.views()).toEqual([]);
    second.close();
  });

  it('upgrades a first-version database in place, keeping its saved views', () => {
    const path = join(freshDir(), 'user.sqlite');
    const db = openSqlite(path);
    db.exec(`CREATE TABLE preference (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE saved_view (name TEXT PRIMARY KEY, state TEXT NOT NULL, updated_at TEXT NOT NULL) WITHOUT ROWID;
      INSERT INTO saved_view VALUES ('Oud', '{"v":1}', '2025-01-01T00:00:00.000Z');`);
    db.pragma('user_version = 1');
    db.close();
    const store = new UserStore(path);
    expect(store.view('Oud')?.state).toEqual({ v: 1 });
    store.saveLastView({ v: 2 });
    expect(store.lastView()?.state).toEqual({ v: 2 });
    store.close();
  });

  it('opens a database written by a newer app read-only: views shown, saving refused, file untouched', () => {
    const path = join(freshDir(), 'user.sqlite');
    const older = new UserStore(path, { now: fixedClock });
    older.saveView('Bewaard', { v: 1 });
    older.close();
    const db = openSqlite(path);
    db.pragma('journal_mode = DELETE');
    db.pragma('user_version = 99');
    db.close();
    const before = readFileSync(path);
    const store = new UserStore(path);
    expect(store.status()).toMatchObject({ mode: 'read-only', events: [{ kind: 'newer-version', fromVersion: 99 }] });
    expect(store.views().map((v) => v.name)).toEqual(['Bewaard']);
    expect(() => store.saveView('Nieuw', {})).toThrow(expect.objectContaining({ code: 'STORAGE_NEWER_VERSION' }));
    expect(() => store.setPreferences({ language: 'en' })).toThrow(AppError);
    store.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('reports an upgrade of an existing file as a migration, and a new file as nothing', () => {
    const path = join(freshDir(), 'user.sqlite');
    const fresh = new UserStore(path);
    expect(fresh.status()).toEqual({ file: path, mode: 'writable', events: [] });
    fresh.close();
    const db = openSqlite(path);
    // Back to the first schema: every later step's tables go.
    db.exec(
      'DROP TABLE last_view; DROP TABLE document_passage; DROP TABLE document_mention; DROP TABLE document; DROP TABLE user_node; DROP TABLE user_relation; DROP TABLE user_note;',
    );
    db.pragma('user_version = 1');
    db.close();
    const upgraded = new UserStore(path);
    expect(upgraded.status().events).toEqual([
      { kind: 'migrated', file: path, fromVersion: 1, toVersion: USER_SCHEMA_VERSION },
    ]);
    upgraded.close();
  });
});
