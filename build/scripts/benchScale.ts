// `npm run bench:scale -- [--sizes 10000,100000] [--dir DIR] [--fresh] [--count 200] [--budget 20] [--no-graphology]`:
// the service's calls on seeded synthetic graphs (n nodes, 10n relations), p50/p95/p99 over seeded
// queries, growth from size to size, against the usual ways measured in the same run (recursive CTE,
// graphology in memory), plus HTTP transport overhead and resident memory. Prints; never fails on
// a slow machine.
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { BUNDLE_SCHEMA_VERSION } from '../../main/store/bundleSchema';
import { openService, type OpenService } from '../../main/service/openService';
import { startHttpBridge, TOKEN_HEADER } from '../../main/http/httpBridge';
import type { Dispatch } from '../../main/service/dispatch';
import { writeSyntheticDataset } from './benchDataset';
import { querySets, type QuerySets } from './benchScaleQueries';
import { measureBaselines } from './benchScaleBaselines';
import { gc, mib, ms, paired, ratio, summarise, timeEach, type Stats } from './benchScaleStats';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    dir: { type: 'string', default: join(tmpdir(), 'ips-atlas-bench') },
    fresh: { type: 'boolean', default: false },
    count: { type: 'string', default: '200' },
    budget: { type: 'string', default: '20' },
    'no-graphology': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.replaceAll('_', '')));
if (sizes.some((s) => !Number.isInteger(s) || s < 100))
  throw new Error(`--sizes must list node counts ≥ 100: "${values.sizes}"`);
const COUNT = Number(values.count);
const BUDGET_MS = Number(values.budget) * 1000;

interface Call {
  readonly name: string;
  readonly target: string;
  readonly method: string;
  readonly inputs: (q: QuerySets) => readonly unknown[];
  /** Also measured over HTTP, for the transport's overhead. */
  readonly overHttp?: true;
}

const CALLS: readonly Call[] = [
  {
    name: 'search.suggest, 1 letter',
    target: '≤ 5',
    method: 'search.suggest',
    inputs: (q) => q.prefix1.map((text) => ({ text })),
    overHttp: true,
  },
  {
    name: 'search.suggest, 2 letters',
    target: '≤ 5',
    method: 'search.suggest',
    inputs: (q) => q.prefix2.map((text) => ({ text })),
  },
  {
    name: 'search.suggest, 3 letters',
    target: '≤ 5',
    method: 'search.suggest',
    inputs: (q) => q.prefix3.map((text) => ({ text })),
  },
  {
    name: 'search.suggest, whole word',
    target: '≤ 5',
    method: 'search.suggest',
    inputs: (q) => q.words.map((text) => ({ text })),
  },
  {
    name: 'search.nearby (one letter off)',
    target: '≤ 20',
    method: 'search.nearby',
    inputs: (q) => q.misspelt.map((text) => ({ text })),
  },
  { name: 'node.get', target: '≤ 0.5', method: 'node.get', inputs: (q) => q.ids.map((id) => ({ id })), overHttp: true },
  {
    name: 'node.neighbours, ordinary',
    target: '≤ 1',
    method: 'node.neighbours',
    inputs: (q) => q.ids.map((id) => ({ id })),
    overHttp: true,
  },
  {
    name: 'node.neighbours, hub, 200',
    target: '≤ 5',
    method: 'node.neighbours',
    inputs: (q) => q.hubs.map((id) => ({ id, limit: 200 })),
  },
  {
    name: 'node.ego depth 2, cap 1,000',
    target: '≤ 10',
    method: 'node.ego',
    inputs: (q) => q.ids.map((id) => ({ id, depth: 2, limit: 1000 })),
    overHttp: true,
  },
  {
    name: 'graph.elements, first page',
    target: '≤ 50',
    method: 'graph.elements',
    inputs: (q) => q.ids.map(() => ({})),
  },
  {
    name: 'paths.find, 1 path',
    target: '≤ 5',
    method: 'paths.find',
    inputs: (q) => q.pairs.map(([from, to]) => ({ from, to, maxPaths: 1 })),
  },
  {
    name: 'paths.find, 5 paths',
    target: '≤ 50',
    method: 'paths.find',
    inputs: (q) => q.pairs.map(([from, to]) => ({ from, to, maxPaths: 5 })),
  },
];

interface ServiceResult {
  readonly nodes: number;
  readonly file: string;
  readonly queries: QuerySets;
  readonly calls: Map<string, Stats>;
  readonly http: Map<string, { inProcess: Stats; http: Stats }>;
  readonly openFirstSearch: Stats;
  readonly memory: NodeJS.MemoryUsage;
}

interface SizeResult extends ServiceResult {
  readonly baselines: Awaited<ReturnType<typeof measureBaselines>>;
}

async function expectOk(dispatch: Dispatch, method: string, input: unknown): Promise<unknown> {
  const reply = await dispatch(method, input);
  if (!reply.ok) throw new Error(`${method} ${JSON.stringify(input)} failed: ${reply.error.message}`);
  return reply.value;
}

function datasetFile(nodes: number): string {
  mkdirSync(values.dir, { recursive: true });
  const file = join(
    values.dir,
    `bench-${String(nodes)}-${String(nodes * 10)}-v${String(BUNDLE_SCHEMA_VERSION)}.sqlite`,
  );
  if (values.fresh || !existsSync(file)) {
    const t0 = performance.now();
    writeSyntheticDataset(file, nodes, nodes * 10);
    console.log(`generated ${file} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return file;
}

const open = (datasetPath: string, userDataDir = mkdtempSync(join(tmpdir(), 'atlas-bench-user-'))): OpenService =>
  openService({ datasetPath, userDataDir, onWarning: () => undefined });

/** Opening as the app does on every start after the first: the user's database already exists. */
async function measureOpen(datasetPath: string): Promise<Stats> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'atlas-bench-user-'));
  open(datasetPath, userDataDir).close();
  const times: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const t0 = performance.now();
    const service = open(datasetPath, userDataDir);
    await expectOk(service.dispatch, 'search.suggest', { text: 'p' });
    times.push(performance.now() - t0);
    service.close();
  }
  return summarise(times);
}

/**
 * graphology holds the whole graph in the heap: 10M relations outgrow Node's default heap (~4 GiB)
 * and would end the run, so the in-memory baseline is measured up to 100k nodes / 1M relations.
 */
const GRAPHOLOGY_MAX_NODES = 200_000;

/** Untimed requests over the bridge before its overhead is measured. */
const TRANSPORT_WARM_UP = 1000;

/** One keep-alive socket, reused by every call: what the app's HTTP client does, minus fetch's own overhead. */
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function post(origin: string, path: string, token: string, body: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${origin}${path}`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          [TOKEN_HEADER]: token,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function measureHttp(service: OpenService, q: QuerySets): Promise<ServiceResult['http']> {
  const token = randomBytes(16).toString('hex');
  const bridge = await startHttpBridge({ dispatch: service.dispatch, token });
  // The in-process runs between HTTP runs can outlast Node's 5 s idle timeout; a socket closed
  // under a reused keep-alive connection would fail the next fetch.
  bridge.server.keepAliveTimeout = 120_000;
  const result: ServiceResult['http'] = new Map();
  try {
    // The in-process calls ran warm (JIT-compiled) by the time they were measured; so does the
    // transport: its first ~500 requests run 2–4× slower than later ones, whatever the call.
    const warm = JSON.stringify({ id: q.ids[0] ?? '' });
    for (let i = 0; i < TRANSPORT_WARM_UP; i += 1) await post(bridge.origin, '/api/node.get', token, warm);
    for (const call of CALLS.filter((c) => c.overHttp)) {
      const inputs = call.inputs(q);
      const inProcess = await timeEach(inputs, (input) => expectOk(service.dispatch, call.method, input), BUDGET_MS);
      const http = await timeEach(
        inputs,
        (input) => post(bridge.origin, `/api/${call.method}`, token, JSON.stringify(input)),
        BUDGET_MS,
      );
      result.set(call.name, { inProcess, http });
    }
  } finally {
    agent.destroy();
    await bridge.close();
  }
  return result;
}

/**
 * Reads the dataset file once, so every size is measured with its file in the OS cache, as a file
 * just written is: a 1M-node file (4 GiB) read cold from disk made its first ego networks 200 ms and
 * more at p95, which measures the disk, not the service.
 */
function readIntoOsCache(file: string): void {
  const t0 = performance.now();
  const fd = openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(8 * 1024 * 1024);
  let bytes = 0;
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) bytes += n;
  } finally {
    closeSync(fd);
  }
  console.error(
    `  read ${mib(bytes)} of ${file} into the OS cache in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

async function measureService(nodes: number): Promise<ServiceResult> {
  const file = datasetFile(nodes);
  readIntoOsCache(file);
  const openFirstSearch = await measureOpen(file);
  const service = open(file);
  const queries = await querySets(service.dispatch, nodes, COUNT);
  const calls = new Map<string, Stats>();
  for (const call of CALLS) {
    const stats = await timeEach(
      call.inputs(queries),
      (input) => expectOk(service.dispatch, call.method, input),
      BUDGET_MS,
    );
    calls.set(call.name, stats);
    // Each figure as soon as it is had: a large size's baselines may outlast the time one can wait.
    console.error(`  ${String(nodes)}: ${call.name}: ${cell(stats)}`);
  }
  const http = await measureHttp(service, queries);
  // After a collection, while the service is still open: what it holds, not garbage awaiting a GC.
  gc();
  const memory = process.memoryUsage();
  console.error(`  ${String(nodes)}: service RSS after its benches ${mib(memory.rss)}, heap ${mib(memory.heapUsed)}`);
  service.close();
  return { nodes, file, queries, calls, http, openFirstSearch, memory };
}

const cell = (s: Stats | undefined): string =>
  s === undefined
    ? '—'
    : `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)} [cpu ${ms(s.cpuP95)}] (${String(s.n)}${s.cut ? ', budget spent' : ''})`;
const growth = (a: Stats | undefined, b: Stats | undefined): string =>
  a === undefined || b === undefined ? '—' : `×${(b.p95 / a.p95).toFixed(1)}`;

function printTable(results: readonly SizeResult[]): void {
  const head = results.map((r) => `${String(r.nodes)} nodes: p50 / p95 / p99 ms [cpu p95] (n)`);
  const growthHead = results.slice(1).map((r, i) => `p95 growth ${String(results[i]?.nodes)}→${String(r.nodes)}`);
  console.log(`\n| call | target p95 ms | ${[...head, ...growthHead].join(' | ')} |`);
  console.log(`|---|---|${[...head, ...growthHead].map(() => '---').join('|')}|`);
  const line = (name: string, target: string, pick: (r: SizeResult) => Stats | undefined): void => {
    const cells = results.map((r) => cell(pick(r)));
    const growths = results.slice(1).map((r, i) => growth(results[i] && pick(results[i]), pick(r)));
    console.log(`| ${name} | ${target} | ${[...cells, ...growths].join(' | ')} |`);
  };
  for (const call of CALLS) line(call.name, call.target, (r) => r.calls.get(call.name));
  line('open service + first search', '≤ 20', (r) => r.openFirstSearch);
  line('baseline: recursive CTE ego-2', '—', (r) => r.baselines.cteEgo2);
  line('baseline: graphology ego-2 (in memory)', '—', (r) => r.baselines.graphologyEgo2);
  line('baseline: sorted + counted hub neighbours', '—', (r) => r.baselines.sortedHubNeighbours);
  line('baseline: recursive CTE path (≤ 4 hops)', '—', (r) => r.baselines.ctePath);
  line('baseline: graphology bidirectional path (in memory)', '—', (r) => r.baselines.graphologyPath);
  for (const r of results) {
    const ego = r.calls.get(CALLS[8]?.name ?? '')?.p95 ?? NaN;
    const b = r.baselines;
    console.log(`\n${String(r.nodes)} nodes:`);
    console.log(
      `  ego-2 p95: service ${ms(ego)} ms; CTE ${ms(b.cteEgo2.p95)} ms (${ratio(b.cteEgo2.p95, ego, b.cteEgo2.cut)}); ` +
        `graphology ${ms(b.graphologyEgo2.p95)} ms (${ratio(b.graphologyEgo2.p95, ego, b.graphologyEgo2.cut, 2)})`,
    );
    const path1 = r.calls.get('paths.find, 1 path')?.p95 ?? NaN;
    const path1Cpu = r.calls.get('paths.find, 1 path')?.cpuP95 ?? NaN;
    console.log(
      `  path p95: service ${ms(path1)} ms [cpu ${ms(path1Cpu)}]; CTE ${ms(b.ctePath.p95)} ms ` +
        `(${ratio(b.ctePath.p95, path1, b.ctePath.cut || b.ctePathCapped > 0, 0)}; ${String(b.ctePathCapped)} of ${String(b.ctePath.n)} stopped at 4 hops without a path); ` +
        `graphology ${ms(b.graphologyPath.p95)} ms (service at ${ratio(path1, b.graphologyPath.p95, false)} of it, cpu ${ratio(path1Cpu, b.graphologyPath.cpuP95, false)})`,
    );
    // The CTE stops at its budget after its first pairs: on those same pairs, query by query.
    const same = paired(b.ctePath.times, r.calls.get('paths.find, 1 path')?.times ?? []);
    const floor = b.ctePathCapped > 0;
    console.log(
      `  path on the ${String(same.n)} pairs the CTE finished: service p95 ${ms(same.oursP95)} ms, CTE ${ms(same.baselineP95)} ms ` +
        `(${ratio(same.baselineP95, same.oursP95, floor, 0)}); CTE ÷ service per pair: median ${ratio(same.medianRatio, 1, floor, 0)}, ` +
        `lowest ${ratio(same.lowestRatio, 1, floor, 0)}`,
    );
    if (b.graphologyPath.n > 0)
      console.log(
        `  graphology: load ${ms(b.graphologyLoadMs)} ms, +${mib(b.graphologyHeapBytes)} heap, +${mib(b.graphologyRssBytes)} RSS`,
      );
    const m = r.memory;
    console.log(
      `  service after its benches (before any baseline, after a GC): RSS ${mib(m.rss)} (target < 300 MiB); ` +
        `JS heap ${mib(m.heapUsed)} of ${mib(m.heapTotal)}, buffers ${mib(m.arrayBuffers)}, other native ${mib(m.external - m.arrayBuffers)}`,
    );
    for (const [name, { inProcess, http }] of r.http)
      console.log(
        `  HTTP ${name}: p50 ${ms(http.p50)} vs ${ms(inProcess.p50)} ms (+${ms(http.p50 - inProcess.p50)}), ` +
          `p95 ${ms(http.p95)} vs ${ms(inProcess.p95)} ms (+${ms(http.p95 - inProcess.p95)}); ` +
          `CPU p95 ${ms(http.cpuP95)} vs ${ms(inProcess.cpuP95)} ms (+${ms(http.cpuP95 - inProcess.cpuP95)}, client and server)`,
      );
  }
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
const startLoad = load();
// Every size's service first, then the baselines: graphology's whole-graph load would otherwise sit in
// the heap (and the resident memory) the next size's service is measured with.
const services: ServiceResult[] = [];
for (const nodes of sizes) services.push(await measureService(nodes));
const results: SizeResult[] = [];
for (const r of services) {
  const q = r.queries;
  results.push({
    ...r,
    baselines: await measureBaselines(
      r.file,
      q.ids,
      q.hubs,
      q.pairs,
      BUDGET_MS,
      !values['no-graphology'] && r.nodes <= GRAPHOLOGY_MAX_NODES,
    ),
  });
  gc();
}
console.log(
  `\n${String(cpus().length)} cores; load average (1 / 5 / 15 min) at the start ${startLoad}, at the end ${load()}`,
);
printTable(results);
