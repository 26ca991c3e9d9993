// `npm run bench:explorer` (the first half of `npm run bench`; bench:scale is the second): the
// explorer's speed in headless Chromium against browser mode, as medians over several runs, each beside
// its target and a baseline measured in the same run. Prints a table; never fails on slowness (a slow
// machine is not a broken build).
//   - page load to the full IPS graph interactive (all elements via graph.elements), vs a blank page
//   - expand a node to its neighbours drawn, vs a no-op contract call from the page
//   - search keystroke to suggestions shown, vs the same no-op call
//   - a synthetic 2,000-node view: layout time (vs the IPS graph's) and median frame time while
//     panning and zooming (vs idle frames)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../test/e2e/support/chromium';
import { buildTestApp } from '../../test/e2e/support/testBuild';
import { startServe, type ServeProcess } from '../../test/e2e/support/serveProcess';
import { writeSyntheticDataset } from './benchDataset';
import { pageProbes } from './benchProbes';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Row {
  readonly name: string;
  readonly median: number;
  readonly target: number;
  readonly baselineName: string;
  readonly baseline: number;
}

const median = (values: readonly number[]): number => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

async function repeat(runs: number, measure: (run: number) => Promise<number>): Promise<number> {
  const values: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    // A run that never finishes is reported (as no figure), not waited for forever; a run that does
    // finish clears its timer, so the benchmark ends when its last run does.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<number>((resolve) => {
      timer = setTimeout(() => resolve(NaN), 60_000);
    });
    values.push(await Promise.race([measure(run), timeout]));
    clearTimeout(timer);
  }
  if (process.env.BENCH_VERBOSE !== undefined) console.error('  runs:', values.map((v) => v.toFixed(1)).join(', '));
  return median(values);
}

async function freshApp(page: Page, serve: ServeProcess): Promise<void> {
  await page.goto(serve.url);
  await page.getByRole('combobox', { name: /Zoek|Search/ }).waitFor();
  // Every run starts from the same empty canvas (the app restored the last session's view).
  await pageProbes.forgetLastView(page);
  const clear = page.getByRole('button', { name: /Netwerk leegmaken|Clear the network/ });
  if (await clear.isEnabled()) await clear.click();
}

async function measureIps(page: Page, serve: ServeProcess): Promise<Row[]> {
  await freshApp(page, serve);
  const blank = await repeat(RUNS, () => pageProbes.blankPageLoad(page));
  const load = await repeat(RUNS, async () => {
    await freshApp(page, serve);
    return pageProbes.loadEverything(page);
  });
  const ipsLayout = await repeat(RUNS, () => pageProbes.relayout(page));
  const noop = await repeat(RUNS * 4, () => pageProbes.noopCall(page));
  await freshApp(page, serve);
  const expand = await repeat(RUNS, (run) => pageProbes.expand(page, run));
  const keystroke = await repeat(RUNS, (run) => pageProbes.keystroke(page, run));
  return [
    {
      name: 'load → full IPS graph interactive',
      median: load,
      target: 1000,
      baselineName: 'blank page',
      baseline: blank,
    },
    { name: 'expand → neighbours drawn', median: expand, target: 100, baselineName: 'no-op call', baseline: noop },
    {
      name: 'keystroke → suggestions shown',
      median: keystroke,
      target: 50,
      baselineName: 'no-op call',
      baseline: noop,
    },
    {
      name: 'layout, IPS graph (re-layout)',
      median: ipsLayout,
      target: 3000,
      baselineName: '—',
      baseline: NaN,
    },
  ];
}

async function measureSynthetic(page: Page, serve: ServeProcess, ipsLayout: number): Promise<Row[]> {
  await freshApp(page, serve);
  await pageProbes.loadEverything(page);
  const layout = await repeat(RUNS, () => pageProbes.relayout(page));
  const idle = await repeat(3, () => pageProbes.frameTimes(page, false));
  const frames = await repeat(3, () => pageProbes.frameTimes(page, true));
  return [
    {
      name: 'layout, 2,000 visible nodes',
      median: layout,
      target: 3000,
      baselineName: 'IPS graph',
      baseline: ipsLayout,
    },
    {
      name: 'frame while panning/zooming, 2,000',
      median: frames,
      target: 33,
      baselineName: 'idle frame',
      baseline: idle,
    },
  ];
}

function print(rows: readonly Row[]): void {
  const fmt = (n: number): string => (Number.isNaN(n) ? '—' : `${n.toFixed(1)} ms`);
  const lines = [
    ['measure', 'median', 'target', 'meets', 'baseline', 'baseline median'],
    ...rows.map((r) => [
      r.name,
      fmt(r.median),
      `≤ ${String(r.target)} ms`,
      r.median <= r.target ? 'yes' : 'NO',
      r.baselineName,
      fmt(r.baseline),
    ]),
  ];
  const widths = lines[0]?.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? '').length))) ?? [];
  for (const [i, line] of lines.entries()) {
    console.log(line.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log(`\n${String(RUNS)} runs each (BENCH_RUNS to change); medians. Targets are goals, not gates.`);
}

async function main(): Promise<void> {
  // The probes read the canvas through window.__atlasCy, which only a test build of the renderer has.
  await buildTestApp();
  const browser = await launchChromium();
  const page = await browser.newPage();
  // tsx keeps function names with an `__name` helper that page functions would then call: give the page one.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const ips = await startServe();
  const synthetic = join(mkdtempSync(join(tmpdir(), 'atlas-bench-')), 'synthetic.sqlite');
  writeSyntheticDataset(synthetic, 2000, 4000);
  const big = await startServe(undefined, ['--dataset', synthetic]);
  try {
    const rows = await measureIps(page, ips);
    const ipsLayout = rows.find((r) => r.name.startsWith('layout, IPS'))?.median ?? NaN;
    rows.push(...(await measureSynthetic(page, big, ipsLayout)));
    print(rows);
  } finally {
    await browser.close();
    await ips.stop();
    await big.stop();
  }
}

main().catch((error: unknown) => {
  console.error('bench could not run:', error);
  process.exitCode = 1;
});
