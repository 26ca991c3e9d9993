// Benchmark of the exchange between laptops on a realistic year of work: DOCS documents of about
// 60 pages of text each, with NODES user nodes, as many relations and a note on every other node.
// Measures export (and the file's size), inspect and apply on an empty laptop, and inspect and apply
// again when everything is already there. Baseline in the same run: importing the same documents one
// by one through document.import, the path an adviser would otherwise take.
// Prints figures; never fails on a slow machine. `npx tsx build/scripts/benchExchange.ts`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileDataset } from '../../main/dataset/compileDataset';
import { loadDataset } from '../../main/dataset/loadDataset';
import { openService, type OpenService } from '../../main/service/openService';
import { writeBundle } from '../../main/store/bundleWriter';
import { openSqlite } from '../../main/store/nativeBinding';
import type { MethodInput, MethodName, MethodResult } from '../../shared/contract';

const DOCS = Number(process.env.BENCH_DOCS ?? 20);
const NODES = Number(process.env.BENCH_NODES ?? 1000);
const NAMES = ['Europol', 'INTERPOL', 'Benelux', 'Prüm', 'Schengen', 'liaison', 'JIT', 'EMPACT'];
const STAMP = '2026-12-01T10:00:00.000Z';

function documentText(seed: number): string {
  const lines: string[] = [];
  for (let i = 0; i < 3000; i += 1) {
    lines.push(
      `Regel ${String(i)} van stuk ${String(seed)}: samenwerking met ${NAMES[(i * 7 + seed) % NAMES.length] ?? ''}.`,
    );
    if (i % 50 === 49) lines.push('');
  }
  return lines.join('\n');
}

async function call<M extends MethodName>(s: OpenService, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const envelope = await s.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as MethodResult<M>;
}

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await work();
  return [performance.now() - t0, value];
}

function laptop(datasetPath: string): OpenService {
  return openService({
    datasetPath,
    userDataDir: mkdtempSync(join(tmpdir(), 'bench-exchange-')),
    onWarning: () => undefined,
  });
}

/** Nodes, relations and notes written as curation stores them, each citing the first line of a document. */
function seedCuration(s: OpenService, documentIds: readonly string[], texts: readonly string[]): void {
  const db = openSqlite(s.userDbPath, { fileMustExist: true });
  const node = db.prepare(
    `INSERT INTO user_node (id, kind, label_nl, label_en, status, dates, description, aliases, document_id,
       start_offset, end_offset, quote, created_at, updated_at)
     VALUES (?, 'national-organisation', ?, NULL, 'in-force', '{}', '', '[]', ?, 0, 20, ?, ?, ?)`,
  );
  const relation = db.prepare(
    `INSERT INTO user_relation (id, kind, source, target, status, dates, document_id, start_offset, end_offset,
       quote, created_at, updated_at) VALUES (?, 'part-of', ?, 'europol', 'in-force', '{}', ?, 0, 20, ?, ?, ?)`,
  );
  const note = db.prepare('INSERT INTO user_note (target_id, text, updated_at) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < NODES; i += 1) {
      const d = i % documentIds.length;
      const quote = (texts[d] ?? '').slice(0, 20);
      node.run(`user-node-${String(i)}`, `Eenheid ${String(i)}`, documentIds[d], quote, STAMP, STAMP);
      relation.run(`user-rel-${String(i)}`, `user-node-${String(i)}`, documentIds[d], quote, STAMP, STAMP);
      if (i % 2 === 0) note.run(`user-node-${String(i)}`, `Notitie bij eenheid ${String(i)}.`, STAMP);
    }
  })();
  db.close();
}

async function main(): Promise<void> {
  const datasetPath = join(mkdtempSync(join(tmpdir(), 'bench-exchange-data-')), 'atlas.sqlite');
  writeBundle(compileDataset(loadDataset('data')), datasetPath);
  const texts = Array.from({ length: DOCS }, (_, i) => documentText(i));
  const data = texts.map((t) => Buffer.from(t).toString('base64'));
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    `${String(DOCS)} documents (${mb(texts.join('').length)} of text), ${String(NODES)} nodes and relations, ${String(NODES / 2)} notes`,
  );

  const a = laptop(datasetPath);
  const [importMs, ids] = await time(async () => {
    const out: string[] = [];
    for (const [i, d] of data.entries())
      out.push((await call(a, 'document.import', { fileName: `stuk-${String(i)}.txt`, data: d })).document.id);
    return out;
  });
  seedCuration(a, ids, texts);
  const [exportMs, file] = await time(() => call(a, 'exchange.export', {}));
  console.log(`baseline: importing the ${String(DOCS)} documents one by one  ${importMs.toFixed(0)} ms`);
  console.log(
    `export                                        ${exportMs.toFixed(0)} ms  (file ${mb(Buffer.from(file.data, 'base64').byteLength)})`,
  );

  const b = laptop(datasetPath);
  const input = { fileName: file.fileName, data: file.data };
  const [inspectMs, report] = await time(() => call(b, 'exchange.inspect', input));
  const [applyMs] = await time(() => call(b, 'exchange.apply', input));
  const [againInspectMs, again] = await time(() => call(b, 'exchange.inspect', input));
  const [againApplyMs] = await time(() => call(b, 'exchange.apply', input));
  console.log(
    `inspect on an empty laptop                    ${inspectMs.toFixed(0)} ms  (${String(report.added.length)} new)`,
  );
  console.log(`apply on an empty laptop (one transaction)    ${applyMs.toFixed(0)} ms`);
  console.log(
    `inspect again                                 ${againInspectMs.toFixed(0)} ms  (${String(again.alreadyThere.length)} already there)`,
  );
  console.log(`apply again (nothing to write)                ${againApplyMs.toFixed(0)} ms`);
  a.close();
  b.close();
}

void main();
