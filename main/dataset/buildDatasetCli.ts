// `npm run build:data`: compiles data/ into the bundled database out/data/atlas.sqlite.
// Fails loudly, naming file and entry, on any problem in the dataset.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeBundle } from '../store/bundleWriter';
import { compileDataset } from './compileDataset';
import { DatasetError } from './datasetError';
import { loadDataset } from './loadDataset';
import { describeUndatedTimeCues, undatedTimeCues } from './timeCues';

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return resolve(at === -1 ? fallback : (process.argv[at + 1] ?? fallback));
}

const dataDir = argument('--data', 'data');
const outFile = argument('--out', 'out/data/atlas.sqlite');

try {
  const started = performance.now();
  const loaded = loadDataset(dataDir);
  const dataset = compileDataset(loaded);
  mkdirSync(dirname(outFile), { recursive: true });
  writeBundle(dataset, outFile);
  const citations = [...dataset.nodes, ...dataset.edges].reduce((sum, e) => sum + e.citations.length, 0);
  console.log(
    `dataset ${dataset.version}: ${String(dataset.nodes.length)} nodes, ${String(dataset.edges.length)} relations, ` +
      `${String(citations)} citations, ${String(dataset.mentions.length)} mentions → ${outFile} ` +
      `(${(performance.now() - started).toFixed(0)} ms)`,
  );
  // Listed, not fatal: main/dataset/timeCues.test.ts is the gate that keeps this list empty.
  const undated = undatedTimeCues(loaded);
  if (undated.length > 0) {
    console.warn(`${String(undated.length)} quote(s) speak of time on an element with no date and no timeNote:`);
    console.warn(describeUndatedTimeCues(undated));
  }
} catch (error) {
  if (error instanceof DatasetError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
