// Benchmark of the document workbench on a generated 100-page PDF whose text names the dataset's
// nodes (some across hyphenated line breaks): text extraction (pdfjs, first and later imports),
// mention finding (target < 2 s), and the whole import through the service into a user database.
// Baseline in the same run: the bundle's own per-name search (SourceIndex) over the same text.
// Prints figures; never fails on a slow machine. `npm run bench:documents`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { compileDataset } from '../../main/dataset/compileDataset';
import { loadDataset } from '../../main/dataset/loadDataset';
import { extractDocument } from '../../main/documents/extractDocument';
import { openService } from '../../main/service/openService';
import { MentionIndex } from '../../main/documents/mentionIndex';
import { loadNodeCatalogue } from '../../main/service/documents/nodeCatalogue';
import { writeBundle } from '../../main/store/bundleWriter';
import { GraphStore } from '../../main/store/graphStore';
import { SourceIndex } from '../../shared/text/sourceIndex';

const PAGES = Number(process.env.BENCH_PAGES ?? 100);
const LINES_PER_PAGE = 45;
const RUNS = 5;
const SCALE_NODES = Number(process.env.BENCH_SCALE_NODES ?? 100_000);

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const FILLER =
  'De samenwerking tussen politiediensten in Europa vraagt om heldere afspraken over informatie en capaciteit'.split(
    ' ',
  );

/** Lines of Dutch-looking prose with a node's name every few words; every seventh name is split over two lines. */
function pageLines(names: readonly string[], next: () => number): string[][] {
  const pages: string[][] = [];
  for (let p = 0; p < PAGES; p += 1) {
    const lines: string[] = [];
    let carry = '';
    for (let l = 0; l < LINES_PER_PAGE; l += 1) {
      const words = [carry, ...Array.from({ length: 8 }, () => FILLER[Math.floor(next() * FILLER.length)] ?? '')];
      const name = names[Math.floor(next() * names.length)] ?? 'Europol';
      if (l % 7 === 3 && name.length > 6 && !name.includes(' ')) {
        const cut = Math.floor(name.length / 2);
        lines.push(`${words.join(' ').trim()} ${name.slice(0, cut)}-`);
        carry = name.slice(cut);
      } else {
        lines.push(`${words.join(' ').trim()} ${name},`);
        carry = '';
      }
    }
    pages.push(lines);
  }
  return pages;
}

function makePdf(pages: readonly (readonly string[])[]): Uint8Array {
  const doc = new jsPDF();
  doc.setFontSize(9);
  pages.forEach((lines, index) => {
    if (index > 0) doc.addPage();
    lines.forEach((line, i) => doc.text(line, 10, 10 + i * 6));
  });
  return new Uint8Array(doc.output('arraybuffer'));
}

async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

async function median(work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) times.push((await time(work)).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-documents-'));
  const datasetPath = join(dir, 'atlas.sqlite');
  const dataset = compileDataset(loadDataset('data'));
  writeBundle(dataset, datasetPath);
  const graph = new GraphStore(datasetPath);
  const catalogue = await time(() => loadNodeCatalogue(graph));
  const names = dataset.nodes.flatMap((n) => [n.label.nl, ...n.aliases]);
  console.log(
    `dataset: ${String(dataset.nodes.length)} nodes, ${String(catalogue.value.index.size)} names; index built in ${ms(catalogue.ms)}`,
  );

  const bytes = makePdf(pageLines(names, random(7)));
  console.log(`PDF: ${String(PAGES)} pages, ${(bytes.byteLength / 1024).toFixed(0)} KiB`);
  const cold = await time(() => extractDocument('bench.pdf', bytes));
  const warm = await median(() => extractDocument('bench.pdf', bytes));
  const text = cold.value.text;
  console.log(
    `extract (pdfjs): first ${ms(cold.ms)} (loads pdfjs), then median ${ms(warm)}; ${String(text.length)} chars`,
  );

  const found = catalogue.value.index.find(text);
  const find = await median(() => catalogue.value.index.find(text));
  console.log(`mentions (trie): median ${ms(find)} for ${String(found.length)} mentions — target < 2000 ms`);
  const baseline = await time(() => {
    const index = new SourceIndex(text);
    return names.reduce((sum, name) => sum + index.occurrences(name).length, 0);
  });
  console.log(
    `baseline (bundle's per-name SourceIndex search, same text): ${ms(baseline.ms)}, ${String(baseline.value)} hits`,
  );

  // At scale: the dataset's names plus 100k synthetic nodes of three names each (label nl, en, alias).
  const synthetic = Array.from({ length: SCALE_NODES }, (_, i) => ({
    id: `n-${String(i)}`,
    names: [`Knoop ${String(i)} Politie`, `Node ${String(i)} Police`, `KN${String(i)}`],
  }));
  const own = dataset.nodes.map((n) => ({ id: n.id, names: [n.label.nl, n.label.en, ...n.aliases] }));
  const big = await time(() => new MentionIndex([...own, ...synthetic]));
  const bigFind = await median(() => big.value.find(text));
  console.log(
    `at scale (+${String(SCALE_NODES)} nodes, ${String(big.value.size)} names): index built in ${ms(big.ms)}, mentions median ${ms(bigFind)}`,
  );

  const service = openService({ datasetPath, userDataDir: dir, onWarning: () => undefined });
  const data = Buffer.from(bytes).toString('base64');
  const whole = await time(() => service.dispatch('document.import', { fileName: 'bench.pdf', data }));
  if (!whole.value.ok) throw new Error(`import failed: ${whole.value.error.code}`);
  const search = await median(() => service.dispatch('document.search', { text: 'europol samenwerking' }));
  console.log(`import through the service (extract + mentions + passages + store): ${ms(whole.ms)}`);
  console.log(`document.search over the stored passages: median ${ms(search)}`);
  service.close();
  graph.close();
}

await main();
