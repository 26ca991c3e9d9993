// Writes a compiled dataset into a fresh bundled database file (journal_mode=DELETE, so it can
// be opened read-only from a packaged app). Written to a temp file, then renamed into place.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { earliestYear } from '../../shared/filters/asOf';
import type { CompiledDataset } from '../dataset/compiledDataset';
import { BUNDLE_DDL, BUNDLE_SCHEMA_VERSION } from './bundleSchema';
import { openSqlite, type SqliteDatabase } from './nativeBinding';
import { writeSearchTables } from './searchTables';
import { writeAdjacency } from './adjacencyTable';

export function writeBundle(dataset: CompiledDataset, targetPath: string): void {
  const tempPath = `${targetPath}.tmp-${String(process.pid)}`;
  if (existsSync(tempPath)) rmSync(tempPath);
  const db = openSqlite(tempPath);
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('page_size = 4096');
    db.exec(BUNDLE_DDL);
    db.transaction(() => insertAll(db, dataset))();
    db.exec("INSERT INTO node_fts(node_fts) VALUES ('rebuild'); INSERT INTO node_fts(node_fts) VALUES ('optimize');");
    db.exec('ANALYZE');
    db.pragma(`user_version = ${String(BUNDLE_SCHEMA_VERSION)}`);
    db.exec('VACUUM');
  } finally {
    db.close();
  }
  renameSync(tempPath, targetPath);
}

function insertAll(db: SqliteDatabase, dataset: CompiledDataset): void {
  const sids = insertSources(db, dataset);
  const nids = insertNodes(db, dataset, sids);
  insertEdges(db, dataset, nids, sids);
  const insertMention = db.prepare(
    'INSERT OR IGNORE INTO mention (sid, start_offset, end_offset, node_nid) VALUES (?, ?, ?, ?)',
  );
  for (const m of dataset.mentions) insertMention.run(sids.get(m.sourceId), m.start, m.end, nids.get(m.nodeId));
  db.exec(`UPDATE node SET degree =
    (SELECT count(*) FROM edge WHERE source_nid = node.nid) + (SELECT count(*) FROM edge WHERE target_nid = node.nid)`);
  writeSearchTables(db);
  writeAdjacency(db);
  const insertMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  insertMeta.run('dataset_version', dataset.version);
  insertMeta.run('earliest_year', String(earliestYear([...dataset.nodes, ...dataset.edges])));
  // graph.info answers from these, not from a count over a million relations.
  insertMeta.run('node_count', String(dataset.nodes.length));
  insertMeta.run('edge_count', String(dataset.edges.length));
}

function insertSources(db: SqliteDatabase, dataset: CompiledDataset): Map<string, number> {
  const insert = db.prepare(`INSERT INTO source (id, title_nl, title_en, author, kind, language, date, reference, text)
    VALUES (@id, @titleNl, @titleEn, @author, @kind, @language, @date, @reference, @text)`);
  const sids = new Map<string, number>();
  for (const { meta, text } of dataset.sources) {
    const row = { ...meta, titleNl: meta.title.nl, titleEn: meta.title.en, text };
    sids.set(meta.id, Number(insert.run(row).lastInsertRowid));
  }
  return sids;
}

function insertNodes(db: SqliteDatabase, dataset: CompiledDataset, sids: Map<string, number>): Map<string, number> {
  const insert =
    db.prepare(`INSERT INTO node (id, kind, label_nl, label_en, description_nl, description_en, aliases, status, dates, provenance,
      attributes, overview_x, overview_y) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const cite = db.prepare(
    'INSERT INTO citation (node_nid, sid, quote, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)',
  );
  const nids = new Map<string, number>();
  for (const n of dataset.nodes) {
    const at = dataset.overview?.get(n.id);
    const nid = Number(
      insert.run(
        n.id,
        n.kind,
        n.label.nl,
        n.label.en,
        n.description.nl,
        n.description.en,
        JSON.stringify(n.aliases),
        n.status,
        JSON.stringify(n.dates),
        n.provenance,
        JSON.stringify(n.attributes),
        at?.x ?? null,
        at?.y ?? null,
      ).lastInsertRowid,
    );
    nids.set(n.id, nid);
    for (const c of n.citations) cite.run(nid, sids.get(c.sourceId), c.quote, c.start, c.end);
  }
  return nids;
}

function insertEdges(
  db: SqliteDatabase,
  dataset: CompiledDataset,
  nids: Map<string, number>,
  sids: Map<string, number>,
): void {
  const insert = db.prepare(`INSERT INTO edge (id, kind, source_nid, target_nid, status, dates, provenance,
    note_nl, note_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const cite = db.prepare(
    'INSERT INTO citation (edge_eid, sid, quote, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)',
  );
  for (const e of dataset.edges) {
    const eid = Number(
      insert.run(
        e.id,
        e.kind,
        nids.get(e.source),
        nids.get(e.target),
        e.status,
        JSON.stringify(e.dates),
        e.provenance,
        e.note?.nl ?? null,
        e.note?.en ?? null,
      ).lastInsertRowid,
    );
    for (const c of e.citations) cite.run(eid, sids.get(c.sourceId), c.quote, c.start, c.end);
  }
}
