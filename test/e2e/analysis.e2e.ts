// The analysis features in Chromium against browser mode, on the real dataset, as an adviser uses
// them: a path between Europol and Germany (both found by search), a pattern query ("which instruments
// target human trafficking"), the metrics mappings, and a matrix cell with its citations and the CSV.
// The dataset is still being curated, so these assert shape (a path, a quote per hop), not facts.
// Each test runs on its own fresh app and first runs the analyses it needs.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { NodeSingular } from 'cytoscape';
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { appPerTest } from './support/appPerTest';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/chromium';

const app = appPerTest();
let page: Page;
beforeEach(() => {
  ({ page } = app());
});

/** How many canvas elements match a Cytoscape selector (read from the instance the canvas exposes). */
const count = (selector: string): Promise<number> =>
  page.evaluate((sel) => globalThis.__atlasCy?.elements(sel).length ?? -1, selector);

/** How many different node colours the metric mapping set. */
const colours = (): Promise<number> =>
  page.evaluate(() => {
    const cy = globalThis.__atlasCy;
    return new Set(cy?.nodes('[colour]').map((n) => n.data('colour') as string)).size;
  });

async function pick(scope: ReturnType<Page['getByTestId']>, text: string, option: RegExp): Promise<void> {
  const input = scope.getByRole('combobox');
  await input.fill(text);
  await scope.getByRole('option', { name: option }).first().waitFor();
  await input.press('Enter');
}

/** Paths tab: Europol to Germany, searched; returns once the path text is shown. */
async function findPath(): Promise<void> {
  await page.getByRole('tab', { name: 'Paden' }).click();
  await pick(page.getByTestId('path-from'), 'Europol', /Europol/);
  await pick(page.getByTestId('path-to'), 'Duitsland', /Duitsland/);
  expect(await page.getByTestId('path-from-value').textContent()).toContain('Europol');
  await page.getByRole('button', { name: 'Zoek paden' }).click();
  await page.getByTestId('path-text').waitFor();
}

/** Pattern tab: instruments that target human trafficking; returns the result rows once there are some. */
async function runPattern(): Promise<Locator> {
  await page.getByRole('tab', { name: 'Patroon' }).click();
  await page.getByTestId('pattern-subject-kinds').selectOption({ label: 'Instrumenten, teams en programma’s' });
  await page.getByTestId('pattern-relations').selectOption({ label: 'richt zich op' });
  const object = page.getByTestId('pattern-object');
  await object.getByRole('radio', { name: 'Specifieke knoop' }).check();
  await pick(object, 'mensenhandel', /Mensenhandel/);
  await page.getByRole('button', { name: 'Zoek', exact: true }).click();
  const rows = page.getByTestId('pattern-results').locator('tbody tr');
  await rows.first().waitFor();
  return rows;
}

/** Metrics tab: size by betweenness, colour by community; returns once more than two nodes are sized. */
async function runMetrics(): Promise<void> {
  await page.getByRole('tab', { name: 'Kengetallen' }).click();
  await page.getByTestId('size-by').selectOption('betweenness');
  await page.getByTestId('colour-by').selectOption('community');
  await expect.poll(() => count('node[size]')).toBeGreaterThan(2);
}

/** Matrix tab: the matrix shown; returns its cells once there are some. */
async function runMatrix(): Promise<Locator> {
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await page.getByRole('button', { name: 'Toon matrix' }).click();
  const cells = page.getByTestId('matrix-grid').locator('button.matrix-cell');
  await cells.first().waitFor();
  return cells;
}

/** Every analysis run once, each tab left with its results. */
async function runAll(): Promise<void> {
  await findPath();
  await runPattern();
  await runMetrics();
  await runMatrix();
}

describe('analysis (browser mode, real dataset)', () => {
  it('finds and tells paths between Europol and Germany, each hop with its quote, and draws them', async () => {
    await findPath();
    const text = (await page.getByTestId('path-text').textContent()) ?? '';
    expect(text).toMatch(/^Hoe zijn Europol en Duitsland verbonden\?/);
    expect(text).toContain('Pad 1: Kortste route (');
    const hops = text.split('\n').filter((line) => /^ {2}\d+\. /.test(line));
    expect(hops.length).toBeGreaterThan(0);
    for (const hop of hops) expect(hop).toMatch(/— “.+”/);
    await expect.poll(() => count('edge.highlighted'), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await count('node.highlighted')).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'analysis-path-europol-germany');
  });

  it('tells the paths in English when the UI is switched to English, and back', async () => {
    await findPath();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect
      .poll(() => page.getByTestId('path-text').textContent())
      .toMatch(/^How are Europol and Germany connected\?/);
    expect(await page.getByRole('tab', { name: 'Paths' }).getAttribute('aria-selected')).toBe('true');
    await screenshot(page, 'analysis-path-english');
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await expect.poll(() => page.getByTestId('path-text').textContent()).toMatch(/^Hoe zijn/);
  });

  it('honours the view’s filters: with national organisations hidden, no path runs through the police', async () => {
    await findPath();
    const filter = page.getByTestId('filters').getByRole('checkbox', { name: 'Nationale organisaties en eenheden' });
    await filter.uncheck();
    await page.getByRole('button', { name: 'Zoek paden' }).click();
    await expect.poll(() => page.getByTestId('path-text').textContent()).not.toContain('Nationale politie');
    const text = (await page.getByTestId('path-text').textContent()) ?? '';
    expect(text).toMatch(/Pad 1: |Geen verbinding gevonden/);
    await filter.check();
  });

  it('answers “which instruments target human trafficking” as a table with quotes, and on the canvas', async () => {
    const rows = await runPattern();
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) {
      expect(await row.locator('td').nth(1).textContent()).toBe('richt zich op');
      expect((await row.locator('td q').textContent())?.length).toBeGreaterThan(5);
    }
    await expect.poll(() => count('edge.highlighted')).toBe(await rows.count());
    await screenshot(page, 'analysis-pattern-trafficking');
  });

  it('sizes nodes by betweenness and colours them by community, with a sortable table', async () => {
    // Something to measure: the path and the pattern's answers on the canvas.
    await findPath();
    await runPattern();
    await runMetrics();
    expect(await colours()).toBeGreaterThan(1);
    const table = page.getByTestId('metrics-table');
    // Rows minus canvas nodes: the table lists every node once both have caught up with the mapping.
    await expect.poll(async () => (await table.locator('tbody tr').count()) - (await count('node'))).toBe(0);
    await screenshot(page, 'analysis-metrics');
  });

  it('shows states × treaties, legislation and instruments; a cell opens its relations and citations', async () => {
    const cells = await runMatrix();
    expect(await cells.count()).toBeGreaterThan(0);
    await cells.first().click();
    const detail = page.getByTestId('matrix-cell-detail');
    await detail.getByTestId('matrix-citation').first().waitFor();
    expect(await detail.locator('li').count()).toBe(Number(await cells.first().textContent()));
    await screenshot(page, 'analysis-matrix-cell');
    const heading = (await detail.getByRole('heading').textContent()) ?? '';
    await detail.getByRole('button', { name: 'Zet op het netwerk' }).click();
    const [rowLabel = '', columnLabel = ''] = heading.split(' × ');
    const marked = (): Promise<string[]> =>
      page.evaluate(() => (globalThis.__atlasCy?.nodes('.highlighted') ?? []).map((n) => n.data('label') as string));
    await expect.poll(marked).toEqual(expect.arrayContaining([rowLabel, columnLabel]));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true); // so Excel reads Curaçao and Prüm as UTF-8
    const grid = parse(csv.slice(1));
    expect(grid[0]?.[0]).toBe('');
    expect(grid.length).toBeGreaterThan(1);
    for (const cell of grid.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('starts a path search from a node’s context menu on the canvas (“find path to…”)', async () => {
    await findPath();
    await expect.poll(() => count('edge.highlighted'), { timeout: 10_000 }).toBeGreaterThan(0);
    await page
      .getByTestId('path-from')
      .getByRole('button', { name: /Wissen/ })
      .click();
    const at = await page.evaluate(() => {
      const cy = globalThis.__atlasCy;
      const node: NodeSingular | undefined = cy?.nodes().filter((n) => n.data('label') === 'Europol')[0];
      const box = cy?.container()?.getBoundingClientRect();
      if (node === undefined || box === undefined) return null;
      const { x, y } = node.renderedPosition();
      return { x: box.left + x, y: box.top + y };
    });
    expect(at).not.toBeNull();
    await page.mouse.click(at?.x ?? 0, at?.y ?? 0, { button: 'right' });
    await page.getByRole('menuitem', { name: 'Pad zoeken naar…' }).click();
    expect(await page.getByRole('tab', { name: 'Paden' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('path-from-value').textContent()).toContain('Europol');
    expect(await page.getByTestId('path-to').getByRole('combobox').count()).toBe(1);
  });

  it('has no serious or critical accessibility violation in any analysis tab, with its results shown', async () => {
    await runAll();
    for (const tab of ['Paden', 'Patroon', 'Kengetallen', 'Matrix']) {
      const tabButton = page.getByRole('tab', { name: tab });
      if ((await tabButton.getAttribute('aria-selected')) !== 'true') await tabButton.click();
      await page.getByRole('tabpanel', { name: tab }).waitFor();
      expect(await seriousViolations(page), tab).toEqual([]);
    }
  });

  it('made no request outside 127.0.0.1 through all four analyses', async () => {
    await runAll();
    expect(app().foreignRequests).toEqual([]);
  });
});
