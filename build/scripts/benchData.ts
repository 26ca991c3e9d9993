// `npm run bench:data -- --nodes N --edges M --out FILE [--seed S]`: writes the seeded synthetic
// bundle the scale benchmark runs on, streamed in batches through the real bundle writer (the
// graph is never held whole), and says how long it took and the process's peak resident memory.
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { writeBundleStream } from '../../main/store/bundleWriter';
import { syntheticStream } from './benchDataset';

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < 2) throw new Error(`--${name} must be a whole number of at least 2, not "${value}".`);
  return n;
}

const { values } = parseArgs({
  options: {
    nodes: { type: 'string' },
    edges: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
  },
});
const nodes = count(values.nodes, 'nodes', 10_000);
const edges = count(values.edges, 'edges', nodes * 10);
if (edges > (nodes * (nodes - 1)) / 2)
  throw new Error(`--edges ${String(edges)} is more than ${String(nodes)} nodes can hold.`);
const out = values.out ?? `bench-${String(nodes)}.sqlite`;
const started = performance.now();
const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);
const peakMiB = (): string => (process.resourceUsage().maxRSS / 1024).toFixed(0);

/** Passes the batches on, saying every million rows how far the write has got. */
function* reported<T>(what: string, batches: Iterable<readonly T[]>): Generator<readonly T[]> {
  let rows = 0;
  for (const batch of batches) {
    yield batch;
    const before = rows;
    rows += batch.length;
    if (Math.floor(rows / 1e6) > Math.floor(before / 1e6))
      console.log(`  ${what}: ${String(rows)} written at ${seconds()} s, peak RSS ${peakMiB()} MiB`);
  }
  console.log(`  ${what}: all ${String(rows)} written at ${seconds()} s, peak RSS ${peakMiB()} MiB`);
}

const stream = syntheticStream(nodes, edges, count(values.seed, 'seed', 2019));
writeBundleStream(
  { ...stream, nodes: reported('nodes', stream.nodes), edges: reported('relations', stream.edges) },
  out,
  { onStep: (step) => console.log(`  ${step}: done at ${seconds()} s, peak RSS ${peakMiB()} MiB`) },
);
console.log(
  `${out}: ${String(nodes)} nodes, ${String(edges)} relations; generated and written in ${seconds()} s, ` +
    `${(statSync(out).size / 2 ** 20).toFixed(0)} MiB, peak RSS ${peakMiB()} MiB`,
);
