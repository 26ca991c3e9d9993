// Rows by key through padded IN lists, on a real SQLite table: every key asked for comes back once, in
// key order, across chunk boundaries, with repeats and absent keys in the request, and a handful of
// statement texts serve every length.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsByKeys } from './keyList';
import { openSqlite, type SqliteDatabase } from './nativeBinding';

const ROWS = 5_000;
let db: SqliteDatabase;
const texts = new Set<string>();

const read = (keys: Iterable<number>): { k: number; name: string }[] =>
  rowsByKeys(keys, (list, values) => {
    const text = `SELECT k, name FROM t WHERE k IN (${list}) ORDER BY k`;
    texts.add(text);
    return db.prepare(text).all(values) as { k: number; name: string }[];
  });

beforeAll(() => {
  db = openSqlite(join(mkdtempSync(join(tmpdir(), 'keylist-')), 'keys.sqlite'));
  db.exec('CREATE TABLE t (k INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (name) VALUES (?)');
  db.transaction(() => {
    for (let i = 1; i <= ROWS; i += 1) insert.run(`row ${String(i)}`);
  })();
});

afterAll(() => db.close());

describe('rowsByKeys', () => {
  it('reads nothing for no keys', () => {
    expect(read([])).toEqual([]);
  });

  it('returns each present key once, in key order, whatever order and repeats were asked', () => {
    const rows = read([40, 3, 40, 17, 3, 0, -5, ROWS + 10]);
    expect(rows).toEqual([
      { k: 3, name: 'row 3' },
      { k: 17, name: 'row 17' },
      { k: 40, name: 'row 40' },
    ]);
  });

  it('keeps key order across chunks of 1,024 for a long list', () => {
    // Every third key, descending: 1,667 keys, so two chunks, the second padded.
    const keys = Array.from({ length: Math.ceil(ROWS / 3) }, (_, i) => ROWS - 3 * i).filter((k) => k >= 1);
    const rows = read(keys);
    expect(rows.map((r) => r.k)).toEqual([...keys].sort((a, b) => a - b));
    expect(rows.every((r) => r.name === `row ${String(r.k)}`)).toBe(true);
  });

  it('reads exactly a full list and one past it', () => {
    const full = Array.from({ length: 1024 }, (_, i) => i + 1);
    expect(read(full).map((r) => r.k)).toEqual(full);
    const past = Array.from({ length: 1025 }, (_, i) => i + 1);
    expect(read(past).map((r) => r.k)).toEqual(past);
  });

  it('serves every length with at most four statement texts', () => {
    for (let n = 1; n <= 1100; n += 37) read(Array.from({ length: n }, (_, i) => 2 * i + 1));
    expect(texts.size).toBeLessThanOrEqual(4);
  });
});
