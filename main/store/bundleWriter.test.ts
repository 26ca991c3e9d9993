// The streaming bundle write on real SQLite files: a seeded heavy-tailed graph written in small
// batches, with the adjacency placed in chunks smaller than its biggest hub, gives the same file
// contents (every table, row for row) as the same graph written whole in one batch, and its
// adjacency lists exactly the relations the edge table holds for each node, a self-relation once.
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asWords, ENTRY_WORDS } from './adjacencyCodec';
import { writeBundle, writeBundleStream } from './bundleWriter';
import { openSqlite, type SqliteDatabase } from './nativeBinding';
import { buildScaleGraph } from './scaleGraphFixture';
import type { CompiledDataset } from '../dataset/compiledDataset';

const NODES = 600;
const EDGES = 3_000;
const BATCH = 97;

const base = buildScaleGraph(NODES, EDGES, 11).dataset;
const loop = { ...(base.edges[0] as CompiledDataset['edges'][number]), id: 'loop', source: 's7', target: 's7' };
const dataset: CompiledDataset = { ...base, edges: [...base.edges, loop] };
const inBatches = <T>(rows: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(rows.length / BATCH) }, (_, i) => rows.slice(i * BATCH, (i + 1) * BATCH));

/** Every table's rows in a fixed order (FTS shadow tables aside: their pages depend on merge timing). */
function canonicalDump(db: SqliteDatabase): Record<string, string> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'node_fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const dump: Record<string, string> = {};
  for (const table of tables) {
    const columns = (db.prepare(`SELECT count(*) FROM pragma_table_info('${table}')`).pluck().get() as number) || 1;
    const order = Array.from({ length: columns }, (_, i) => String(i + 1)).join(', ');
    const rows = db.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).raw().all() as unknown[][];
    const text = JSON.stringify(rows, (_, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v));
    dump[table] = `${String(rows.length)} rows, sha256 ${createHash('sha256').update(text).digest('hex')}`;
  }
  return dump;
}

function written(write: (path: string) => void): SqliteDatabase {
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-bundle-stream-')), 'bundle.sqlite');
  write(path);
  return openSqlite(path, { readonly: true });
}

describe('streaming bundle write', () => {
  const whole = written((path) => writeBundle(dataset, path));
  const streamed = written((path) =>
    writeBundleStream(
      { ...dataset, nodes: inBatches(dataset.nodes), edges: inBatches(dataset.edges), mentions: [] },
      path,
      { adjacencyChunk: 100 },
    ),
  );

  it('writes the same rows in every table as the whole dataset written at once', () => {
    const dump = canonicalDump(streamed);
    expect(dump).toEqual(canonicalDump(whole));
    expect(dump.node).toMatch(/^600 rows/);
    expect(dump.edge).toMatch(/^3001 rows/);
    const meta = streamed.prepare("SELECT value FROM meta WHERE key IN ('node_count', 'edge_count') ORDER BY key");
    expect(meta.pluck().all()).toEqual(['3001', '600']);
  });

  it("lists in each node's adjacency exactly its relations, the biggest hub included", () => {
    const hub = streamed.prepare('SELECT nid, degree FROM node ORDER BY degree DESC LIMIT 1').get() as {
      nid: number;
      degree: number;
    };
    // The hub needs more entries than one chunk holds: it was written alone, past the chunk size.
    expect(hub.degree).toBeGreaterThan(100);
    const blob = streamed.prepare('SELECT nbrs FROM adjacency WHERE nid = ?').pluck();
    const relations = streamed.prepare(`SELECT CASE WHEN source_nid = @nid THEN target_nid ELSE source_nid END, eid
      FROM edge WHERE source_nid = @nid OR target_nid = @nid ORDER BY 1, 2`);
    for (const nid of [hub.nid, 1, 2, 8, 300, NODES]) {
      const words = asWords(blob.get(nid) as Buffer);
      const entries = Array.from({ length: words.length / ENTRY_WORDS }, (_, i) => [
        words[i * ENTRY_WORDS],
        words[i * ENTRY_WORDS + 1],
      ]);
      expect(entries).toEqual(relations.raw().all({ nid }));
    }
  });
});
