// Writes a compiled dataset into a fresh bundled database file (journal_mode=DELETE, so it can
// be opened read-only from a packaged app). Written to a temp file, then renamed into place.
// `writeBundleStream` takes the rows in batches, so a generated graph of millions of relations is
// written without ever being held whole; `writeBundle` is the same path with one batch of each.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { earliestYear } from '../../shared/filters/asOf';
import type { Position } from '../../shared/contract';
import type {
  CompiledDataset,
  CompiledEdge,
  CompiledMention,
  CompiledNode,
  CompiledSource,
} from '../dataset/compiledDataset';
import { BUNDLE_INDEXES_DDL, BUNDLE_SCHEMA_VERSION, BUNDLE_TABLES_DDL } from './bundleSchema';
import { openSqlite, type SqliteDatabase } from './nativeBinding';
import { rowWriter } from './bundleRows';
import { writeSearchTables } from './searchTables';
import { writeAdjacency } from './adjacencyTable';

/** A dataset given in batches: every node batch is written before the first relation batch is asked for. */
export interface BundleStream {
  readonly version: string;
  readonly sources: readonly CompiledSource[];
  readonly nodes: Iterable<readonly CompiledNode[]>;
  readonly edges: Iterable<readonly CompiledEdge[]>;
  readonly mentions: Iterable<readonly CompiledMention[]>;
  readonly overview?: ReadonlyMap<string, Position>;
}

export function writeBundle(dataset: CompiledDataset, targetPath: string): void {
  writeBundleStream(
    {
      version: dataset.version,
      sources: dataset.sources,
      nodes: [dataset.nodes],
      edges: [dataset.edges],
      mentions: [dataset.mentions],
      ...(dataset.overview === undefined ? {} : { overview: dataset.overview }),
    },
    targetPath,
  );
}

/** How the write is cut up; tests use small chunks to walk the chunked paths on a small graph. */
export interface BundleWriteOptions {
  /** Adjacency entries placed in memory at once (see adjacencyTable.ts). */
  readonly adjacencyChunk?: number;
  /** Told as each step after the rows is done, so a long write can say where its time goes. */
  readonly onStep?: (step: string) => void;
}

export function writeBundleStream(stream: BundleStream, targetPath: string, options: BundleWriteOptions = {}): void {
  const tempPath = `${targetPath}.tmp-${String(process.pid)}`;
  if (existsSync(tempPath)) rmSync(tempPath);
  const db = openSqlite(tempPath);
  try {
    db.pragma('journal_mode = DELETE');
    // A temp file renamed into place only when whole: a crash mid-write leaves nothing to recover.
    db.pragma('synchronous = OFF');
    db.pragma('page_size = 4096');
    db.exec(BUNDLE_TABLES_DDL);
    const step = options.onStep ?? (() => undefined);
    const counts = insertRows(db, stream);
    step('rows');
    db.exec(BUNDLE_INDEXES_DDL);
    step('indexes');
    db.exec(`UPDATE node SET degree =
      (SELECT count(*) FROM edge WHERE source_nid = node.nid) + (SELECT count(*) FROM edge WHERE target_nid = node.nid)`);
    db.transaction(() => writeSearchTables(db))();
    step('degrees and search tables');
    writeAdjacency(db, options.adjacencyChunk);
    step('adjacency');
    const insertMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    insertMeta.run('dataset_version', stream.version);
    insertMeta.run('earliest_year', String(counts.earliestYear));
    // graph.info answers from these, not from a count over a million relations.
    insertMeta.run('node_count', String(counts.nodes));
    insertMeta.run('edge_count', String(counts.edges));
    db.exec("INSERT INTO node_fts(node_fts) VALUES ('rebuild'); INSERT INTO node_fts(node_fts) VALUES ('optimize');");
    step('full-text index');
    db.exec('ANALYZE');
    db.pragma(`user_version = ${String(BUNDLE_SCHEMA_VERSION)}`);
    step('analyze');
    db.exec('VACUUM');
    step('vacuum');
  } catch (error) {
    db.close();
    rmSync(tempPath, { force: true });
    throw error;
  }
  db.close();
  renameSync(tempPath, targetPath);
}

/** Every row, one transaction per batch; returns what meta needs (counts, earliest year). */
function insertRows(db: SqliteDatabase, stream: BundleStream) {
  const rows = rowWriter(db);
  const counts = { nodes: 0, edges: 0, earliestYear: earliestYear([]) };
  const inBatch = <T>(write: (batch: readonly T[]) => void) => db.transaction(write);
  inBatch(rows.sources)(stream.sources);
  const nodes = inBatch((batch: readonly CompiledNode[]) => rows.nodes(batch, stream.overview));
  for (const batch of stream.nodes) {
    nodes(batch);
    counts.nodes += batch.length;
    counts.earliestYear = Math.min(counts.earliestYear, earliestYear(batch));
  }
  const edges = inBatch(rows.edges);
  for (const batch of stream.edges) {
    edges(batch);
    counts.edges += batch.length;
    counts.earliestYear = Math.min(counts.earliestYear, earliestYear(batch));
  }
  const mentions = inBatch(rows.mentions);
  for (const batch of stream.mentions) mentions(batch);
  return counts;
}
