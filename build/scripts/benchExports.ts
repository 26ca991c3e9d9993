// `npm run bench:exports`: how long exports take, measured the way a user waits for them — from the
// Download click to the file arriving — in headless Chromium against browser mode. Two views: the
// whole IPS graph (the bundled dataset) and a synthetic 2,000-node view. For each: 4× PNG and the
// PDF one-pager and the memo pack, next to a 1× PNG of the same view as the baseline measured in the
// same run; for each, also the longest main-thread task while it ran (PerformanceObserver 'longtask',
// what a user feels as a frozen window). Prints medians; never fails on slowness.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { CompiledDataset, CompiledEdge, CompiledNode } from '../../main/dataset/compiledDataset';
import { writeBundle } from '../../main/store/bundleWriter';
import { NODE_KINDS, RELATION_KINDS } from '../../shared/ontology';
import { launchChromium } from '../../test/e2e/support/chromium';
import { settled, waitForNodeCount } from '../../test/e2e/support/explorerDriver';
import { startServe } from '../../test/e2e/support/serveProcess';
import { buildTestApp } from '../../test/e2e/support/testBuild';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** BENCH_VIEWS=ips measures the bundled graph only (the synthetic view takes minutes on two cores). */
const IPS_ONLY = process.env.BENCH_VIEWS === 'ips';
/** BENCH_CASES=SVG (a pattern) measures only the cases whose name it matches. */
const CASES = new RegExp(process.env.BENCH_CASES ?? '', 'i');
const SOURCE_TEXT = 'Nederland werkt samen met zijn partners in Europa. '.repeat(40);

/** 2,000 nodes and 4,000 cited relations, the same every run (a fixed linear congruential sequence). */
function writeSynthetic(path: string, nodeCount = 2000, edgeCount = 4000): void {
  let state = 2019;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const nodes: CompiledNode[] = Array.from({ length: nodeCount }, (_, i) => ({
    id: `node-${String(i)}`,
    kind: NODE_KINDS[i % NODE_KINDS.length] ?? 'state',
    label: { nl: `Knoop ${String(i)}`, en: `Node ${String(i)}` },
    description: { nl: `Synthetische knoop ${String(i)}.`, en: `Synthetic node ${String(i)}.` },
    aliases: [],
    attributes: {},
    status: null,
    dates: {},
    provenance: 'stated',
    citations: [],
  }));
  const edges: CompiledEdge[] = Array.from({ length: edgeCount }, (_, i) => {
    const source = i % nodeCount;
    const target = (source + 1 + Math.floor(next() * 25)) % nodeCount;
    const start = Math.floor(next() * 1500);
    return {
      id: `edge-${String(i)}`,
      kind: RELATION_KINDS[i % RELATION_KINDS.length] ?? 'part-of',
      source: `node-${String(source)}`,
      target: `node-${String(target)}`,
      status: 'in-force',
      dates: {},
      provenance: 'stated',
      note: null,
      citations: [
        { sourceId: 'synthetic-letter', quote: SOURCE_TEXT.slice(start, start + 50), start, end: start + 50 },
      ],
    };
  });
  const letter = {
    meta: {
      id: 'synthetic-letter',
      title: { nl: 'Synthetische brief', en: 'Synthetic letter' },
      author: 'bench',
      kind: 'letter',
      language: 'nl',
      date: null,
      reference: null,
    },
    text: SOURCE_TEXT,
  };
  const dataset: CompiledDataset = { version: '00000000exportbench', sources: [letter], nodes, edges, mentions: [] };
  writeBundle(dataset, path);
}

/** Waits until the canvas has nodes and holds still (see `settled`), and returns how many it holds. */
async function settle(page: Page, why: string): Promise<number> {
  await waitForNodeCount(page, 'some', why, 300_000);
  const state = await settled(page, 300_000);
  return Object.keys(state.positions).length;
}

/** Puts everything on the canvas through the explorer's own "show everything" button. */
async function showEverything(page: Page, url: string): Promise<number> {
  await page.goto(url);
  // The explorer panel and an empty canvas's start view both offer it; they run the same action.
  await page
    .getByRole('button', { name: /^(Alles tonen|Show everything)$/ })
    .first()
    .click({ timeout: 20_000 });
  return settle(page, `showing everything from ${new URL(url).origin}`);
}

/** Keeps the longest main-thread task since the last reset in `window.__longestTask` (ms). */
const WATCH_LONG_TASKS = `
  globalThis.__longestTask = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      globalThis.__longestTask = Math.max(globalThis.__longestTask, entry.duration);
  }).observe({ type: 'longtask' });
`;

interface Timing {
  readonly total: number;
  readonly longestTask: number;
}

/** Runs `start` (a click that ends in a download) and times it to the file, with its longest task. */
async function timeDownload(page: Page, start: () => Promise<void>): Promise<Timing> {
  await page.evaluate(() => {
    (globalThis as unknown as { __longestTask: number }).__longestTask = 0;
  });
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), start()]);
  await download.path();
  const total = performance.now() - started;
  // Long-task entries arrive after their task ends: give the observer a moment to hear the last one.
  await page.waitForTimeout(300);
  const longestTask = await page.evaluate(() => (globalThis as unknown as { __longestTask: number }).__longestTask);
  return { total, longestTask };
}

/**
 * The old way, as the baseline: Cytoscape's own cy.png() of the whole graph at 4× in one call (what
 * the export did before it drew in tiles), timed in the page with its longest task.
 */
async function timeOnePngCall(page: Page): Promise<Timing> {
  await page.evaluate(() => {
    (globalThis as unknown as { __longestTask: number }).__longestTask = 0;
  });
  // Started from a timer, as a click's handler would run it: a long task run straight from the
  // DevTools protocol is not reported to the page's long-task observer.
  const total = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        setTimeout(() => {
          const cy = globalThis.__atlasCy;
          if (cy === undefined) {
            reject(new Error('no canvas'));
            return;
          }
          const box = cy.elements().boundingBox();
          const scale = Math.min(4, 16_384 / box.w, 16_384 / box.h, Math.sqrt(64_000_000 / (box.w * box.h)));
          const started = performance.now();
          cy.png({
            output: 'blob-promise',
            full: true,
            maxWidth: Math.round(box.w * scale),
            maxHeight: Math.round(box.h * scale),
            bg: '#ffffff',
          })
            .then((blob) => blob.arrayBuffer())
            .then(() => resolve(performance.now() - started), reject);
        }, 0);
      }),
  );
  await page.waitForTimeout(300);
  const longestTask = await page.evaluate(() => (globalThis as unknown as { __longestTask: number }).__longestTask);
  return { total, longestTask };
}

async function timeExport(
  page: Page,
  format: RegExp | 'memo-pack' | 'one-png-call',
  scale: number | null,
  whole = false,
): Promise<Timing> {
  if (format === 'one-png-call') return timeOnePngCall(page);
  const dialog = page.getByTestId('export-dialog');
  if (format === 'memo-pack') {
    if ((await dialog.count()) > 0) await page.keyboard.press('Escape');
    return timeDownload(page, () => page.getByTestId('memo-pack').click());
  }
  if ((await dialog.count()) === 0) await page.getByTestId('export-open-dialog').click();
  await dialog.getByRole('radio', { name: format }).check();
  if (scale !== null) await dialog.getByRole('slider').fill(String(scale));
  const region = dialog.getByRole('radio', {
    name: whole
      ? /^(Het hele zichtbare netwerk|The whole visible network)$/
      : /^(Wat nu in beeld is|What is in view now)$/,
  });
  if ((await region.count()) > 0) await region.check();
  return timeDownload(page, () => dialog.getByRole('button', { name: /^(Downloaden|Download)$/ }).click());
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function measure(page: Page, view: string): Promise<string[][]> {
  const cases: [string, RegExp | 'memo-pack' | 'one-png-call', number | null, boolean][] = [
    ['PNG 1× (baseline)', /PNG/, 1, false],
    ['PNG 4×', /PNG/, 4, false],
    ['cy.png() 4× whole, one call (old way)', 'one-png-call', 4, true],
    ['PNG 4× whole graph', /PNG/, 4, true],
    ['SVG whole graph', /SVG/, null, true],
    ['PDF one-pager', /PDF/, null, false],
    ['memo pack', 'memo-pack', null, false],
  ];
  const rows: string[][] = [];
  for (const [name, format, scale, whole] of cases.filter(([name]) => CASES.test(name))) {
    console.log(`${view}: ${name}…`);
    const timings: Timing[] = [];
    for (let run = 0; run < RUNS; run += 1) timings.push(await timeExport(page, format, scale, whole));
    const total = median(timings.map((t) => t.total));
    const longest = median(timings.map((t) => t.longestTask));
    rows.push([view, name, `${total.toFixed(0)} ms`, `${longest.toFixed(0)} ms`]);
  }
  return rows;
}

async function main(): Promise<void> {
  // settle() reads the canvas through window.__atlasCy, which only a test build of the renderer has.
  await buildTestApp();
  const browser = await launchChromium();
  const page = await browser.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript({ content: WATCH_LONG_TASKS });
  const syntheticDir = mkdtempSync(join(tmpdir(), 'atlas-benchx-'));
  const synthetic = join(syntheticDir, 'synthetic.sqlite');
  writeSynthetic(synthetic);
  // Each on a fresh data folder that stopping it removes.
  const ips = await startServe();
  const big = await startServe(undefined, ['--dataset', synthetic]);
  try {
    const ipsCount = await showEverything(page, ips.url);
    const rows = await measure(page, `IPS graph (${String(ipsCount)} nodes)`);
    if (!IPS_ONLY) {
      const bigCount = await showEverything(page, big.url);
      rows.push(...(await measure(page, `synthetic (${String(bigCount)} nodes)`)));
    }
    const lines = [['view', 'export', 'median (click → file)', 'longest main-thread task'], ...rows];
    const widths = [0, 1, 2, 3].map((c) => Math.max(...lines.map((l) => (l[c] ?? '').length)));
    for (const line of lines) console.log(line.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
    console.log(`\n${String(RUNS)} runs each (BENCH_RUNS to change). No target is set for exports; figures only.`);
  } finally {
    await browser.close();
    await ips.stop();
    await big.stop();
    rmSync(syntheticDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('bench:exports could not run:', error);
  process.exitCode = 1;
});
