// Endurance: 10,000 mixed contract calls over each transport (direct dispatch, the HTTP bridge with
// real sockets, and the IPC handler wiring the Electron shell registers, over an in-process stand-in
// for ipcMain as in test/contract/transports.ts), printing heap and RSS growth after a warm-up.
// A leak shows as growth that keeps pace with the calls; target < 10 %. Prints figures, never fails.
// The HTTP client (fetch) runs in this process too: its pools and buffers count in the RSS.
// Run with `npm run bench:endurance` (tsx; `node --expose-gc` makes the figures steadier).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Envelope } from '../../shared/contract';
import { IPC_PREFIX, registerIpcHandlers, type IpcMainLike } from '../../main/electron/ipcWiring';
import { startHttpBridge, TOKEN_HEADER } from '../../main/http/httpBridge';
import { openService, type OpenService } from '../../main/service/openService';
import { compileDataset } from '../../main/dataset/compileDataset';
import { loadDataset } from '../../main/dataset/loadDataset';
import { writeBundle } from '../../main/store/bundleWriter';

const CALLS = Number(process.env.BENCH_CALLS ?? 10_000);
const WARM_UP = Math.max(500, Math.floor(CALLS / 10));

type Call = (method: string, input: unknown) => Promise<Envelope<unknown>>;
interface Transport {
  readonly call: Call;
  close(): Promise<void>;
}

async function httpTransport(service: OpenService): Promise<Transport> {
  const token = 'endurance-token';
  const bridge = await startHttpBridge({ dispatch: service.dispatch, token });
  const call: Call = async (method, input) => {
    const res = await fetch(`${bridge.origin}/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, origin: bridge.origin },
      body: JSON.stringify(input),
    });
    return (await res.json()) as Envelope<unknown>;
  };
  return { call, close: () => bridge.close() };
}

function ipcTransport(service: OpenService): Transport {
  const url = 'file:///app/out/renderer/index.html';
  const handlers = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
  registerIpcHandlers(
    { handle: (channel, listener) => handlers.set(channel, listener) },
    service.dispatch,
    (u) => u === url,
  );
  const call: Call = (method, input) => {
    const listener = handlers.get(IPC_PREFIX + method);
    if (listener === undefined) throw new Error(`no IPC handler for ${method}`);
    // Electron clones what crosses invoke; so does this stand-in.
    return listener({ senderFrame: { url } }, structuredClone(input)).then((e) => structuredClone(e));
  };
  return { call, close: () => Promise.resolve() };
}

/** The mix a session makes: reads of every kind, saves and deletes of views, bad input, missing ids. */
function mixedCall(i: number, nodeIds: readonly string[], edgeIds: readonly string[]): [string, unknown] {
  const node = nodeIds[i % nodeIds.length] ?? 'europol';
  const view = `Endurance ${String(i % 40)}`;
  const mix: [string, unknown][] = [
    ['graph.info', {}],
    ['search.suggest', { text: node.slice(0, 3 + (i % 4)) }],
    ['node.get', { id: node }],
    ['node.neighbours', { id: node, limit: 50 }],
    ['edge.get', { id: edgeIds[i % edgeIds.length] ?? 'none' }],
    ['view.save', { name: view, state: { nodeIds: nodeIds.slice(0, 20), zoom: i } }],
    ['view.list', {}],
    ['view.get', { name: view }],
    ['view.saveLast', { state: { nodeIds: [node] } }],
    ['app.status', {}],
    ['node.get', { id: `missing-${String(i)}` }],
    ['search.suggest', { text: 42 }],
    ['view.delete', { name: `Endurance ${String((i + 20) % 40)}` }],
    ['prefs.get', {}],
  ];
  return mix[i % mix.length] ?? ['graph.info', {}];
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Runs CALLS mixed calls and prints time and memory; returns the memory after them. */
async function round(
  label: string,
  transport: Transport,
  nodeIds: string[],
  edgeIds: string[],
  before: NodeJS.MemoryUsage,
): Promise<NodeJS.MemoryUsage> {
  const started = performance.now();
  let failures = 0;
  for (let i = 0; i < CALLS; i += 1) {
    const [method, input] = mixedCall(i, nodeIds, edgeIds);
    const envelope = await transport.call(method, input);
    // Missing ids and bad input are meant to fail; anything INTERNAL is a finding.
    if (!envelope.ok && envelope.error.code === 'INTERNAL') failures += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  gc();
  const after = process.memoryUsage();
  const growth = (a: number, b: number): string => `${(((b - a) / a) * 100).toFixed(1)} %`;
  const line = (key: 'heapUsed' | 'external' | 'rss'): string =>
    `${key} ${mb(before[key])} → ${mb(after[key])} (${growth(before[key], after[key])})`;
  console.log(
    `${label.padEnd(14)} ${String(CALLS)} calls in ${seconds.toFixed(1)} s (${(CALLS / seconds).toFixed(0)}/s); ` +
      `${line('heapUsed')}, ${line('external')}, ${line('rss')}; INTERNAL errors: ${String(failures)}`,
  );
  return after;
}

/**
 * Two measured rounds after the warm-up: growth in the first may be caches and pools filling up
 * (fetch's connection pool, SQLite's page cache); a leak keeps growing in the second as well.
 */
async function endure(name: string, transport: Transport, nodeIds: string[], edgeIds: string[]): Promise<void> {
  for (let i = 0; i < WARM_UP; i += 1) await transport.call(...mixedCall(i, nodeIds, edgeIds));
  gc();
  const first = await round(`${name} round 1`, transport, nodeIds, edgeIds, process.memoryUsage());
  await round(`${name} round 2`, transport, nodeIds, edgeIds, first);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-endurance-'));
  const datasetPath = join(dir, 'atlas.sqlite');
  writeBundle(compileDataset(loadDataset('data')), datasetPath);
  const service = openService({ datasetPath, userDataDir: join(dir, 'user'), onWarning: console.warn });
  const page = await service.dispatch('graph.elements', { limit: 5000 });
  if (!page.ok) throw new Error(page.error.message);
  const { nodes, edges } = page.value as { nodes: { id: string }[]; edges: { id: string }[] };
  const nodeIds = nodes.map((n) => n.id);
  const edgeIds = edges.map((e) => e.id);
  console.log(
    `endurance: ${String(CALLS)} mixed calls per transport after ${String(WARM_UP)} warm-up calls, ` +
      `${String(nodeIds.length)} nodes; gc ${typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'forced' : 'not exposed (run node --expose-gc for steadier figures)'}`,
  );
  const transports: [string, () => Promise<Transport>][] = [
    ['direct', () => Promise.resolve({ call: service.dispatch, close: () => Promise.resolve() })],
    ['ipc', () => Promise.resolve(ipcTransport(service))],
    ['http', () => httpTransport(service)],
  ];
  for (const [name, open] of transports) {
    const transport = await open();
    try {
      await endure(name, transport, nodeIds, edgeIds);
    } finally {
      await transport.close();
    }
  }
  service.close();
}

void main();
