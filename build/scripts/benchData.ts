// `npm run bench:data -- --nodes N --edges M --out FILE`: writes the seeded synthetic bundle the
// scale benchmark runs on, and says how long generating and writing took.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { writeBundle } from '../../main/store/bundleWriter';
import { syntheticDataset } from './benchDataset';

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
const dataset = syntheticDataset(nodes, edges, count(values.seed, 'seed', 2019));
const generated = performance.now();
writeBundle(dataset, out);
const written = performance.now();
console.log(
  `${out}: ${String(nodes)} nodes, ${String(edges)} relations; generated in ${((generated - started) / 1000).toFixed(1)} s, ` +
    `written in ${((written - generated) / 1000).toFixed(1)} s`,
);
