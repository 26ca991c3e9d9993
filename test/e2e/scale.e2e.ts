// The explorer on a large generated graph (12,000 nodes, 40,000 relations, hubs of thousands), in
// Chromium against browser mode: "show everything" draws an overview of the most connected nodes of
// each kind and says what it left out; expanding a hub asks first, shows the 50 most connected, says
// how many it left out and loads 50 more on request. Screenshots go to artefacts/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDetail } from '../../shared/contract';
import { writeSyntheticDataset } from '../../build/scripts/benchDataset';
import { launchBrowser, newAppContext, screenshot } from './support/chromium';
import {
  settled,
  nodeOnPage,
  searchAndAdd,
  waitForNode,
  waitForNodeCount,
  waitForSelected,
} from './support/explorerDriver';
import { callApi } from './support/exportDriver';
import { startServe, type ServeProcess } from './support/serveProcess';

const NODES = 12_000;
const EDGES = 40_000;

let folder: string;
let dataset: string;
/** The current test's server: each test gets its own, with a fresh data folder (no last view carried over). */
let serve: ServeProcess;
let browser: Browser;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'atlas-scale-'));
  dataset = join(folder, 'large.sqlite');
  writeSyntheticDataset(dataset, NODES, EDGES);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
});

async function openPage(): Promise<{ context: BrowserContext; page: Page }> {
  serve = await startServe(undefined, ['--dataset', dataset]);
  const context = await newAppContext(browser);
  const page = await context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.goto(serve.url);
  await page.getByRole('combobox', { name: /Zoek|Search/ }).waitFor({ timeout: 20_000 });
  return { context, page };
}

/** The most connected node of the whole dataset, as the service ranks it. */
async function topHub(): Promise<NodeDetail> {
  const [hub] = await callApi<NodeDetail[]>(serve.url, 'node.byKind', {
    kinds: ['state', 'international-body', 'international-organisation', 'region'],
    limit: 1,
    order: 'degree',
  });
  if (hub === undefined) throw new Error('the generated dataset has no node of the hub kinds');
  return hub;
}

describe('a large dataset in the explorer', () => {
  it('"show everything" draws the most connected of each kind, not 12,000 nodes, and says what it left out', async () => {
    const { context, page } = await openPage();
    try {
      const hub = await topHub();
      await page.getByRole('button', { name: 'Alles tonen' }).first().click();
      const notice = page.getByTestId('overview-left-out');
      await notice.waitFor({ timeout: 30_000 });
      await waitForNodeCount(page, 'some', 'the overview');
      const drawn = await page.evaluate(() => globalThis.__atlasCy?.nodes().length ?? 0);
      expect(drawn).toBeGreaterThan(100);
      expect(drawn).toBeLessThanOrEqual(2000);
      const text = (await notice.textContent()) ?? '';
      expect(text).toContain(`${drawn.toLocaleString('nl-NL')} van 12.000 knopen getoond`);
      expect(text).toContain(`${(NODES - drawn).toLocaleString('nl-NL')} weggelaten`);
      // Chosen by importance: the dataset's most connected node is in the overview.
      await waitForNode(page, hub.id);
      // The canvas still answers: a frame comes after the overview is drawn.
      const frameMs = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            requestAnimationFrame(() => resolve(performance.now() - start));
          }),
      );
      expect(frameMs).toBeGreaterThanOrEqual(0);
      await screenshot(page, 'scale-overview');
    } finally {
      await context.close();
      await serve.stop();
    }
  });

  it('expanding a hub asks, shows the 50 most connected, says how many it left out and loads more', async () => {
    const { context, page } = await openPage();
    try {
      const hub = await topHub();
      await searchAndAdd(page, hub.label.nl, new RegExp(hub.label.nl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await waitForNode(page, hub.id);
      await settled(page, 30_000);
      const at = await nodeOnPage(page, hub.id);
      // A click gives the canvas the keyboard with the hub current; Enter expands it.
      await page.mouse.click(at.x, at.y);
      await waitForSelected(page, hub.id);
      await page.keyboard.press('Enter');
      const dialog = page.getByTestId('hub-dialog');
      await dialog.waitFor({ timeout: 30_000 });
      expect(await dialog.locator('h2').textContent()).toBe(
        `${hub.degree.toLocaleString('nl-NL')} buren — toon de 50 meest verbonden, of kies per soort`,
      );
      // Per-kind counts come from the service and add up to the hub's degree.
      const kinds = dialog.locator('.hub-kinds button');
      await kinds.first().waitFor();
      const counts = (await kinds.allTextContents()).map((t) =>
        Number(/\(([\d.]+)\)$/.exec(t)?.[1]?.replace(/\./g, '')),
      );
      expect(counts.reduce((a, b) => a + b, 0)).toBe(hub.degree);
      await screenshot(page, 'scale-hub-question');
      await dialog.getByRole('button', { name: 'Toon de 50 meest verbonden' }).click();
      const notice = page.getByTestId('hub-left-out');
      await notice.waitFor();
      expect(await notice.textContent()).toContain(`50 van ${hub.degree.toLocaleString('nl-NL')} relaties`);
      await notice.getByRole('button', { name: 'Toon 50 meer' }).click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="hub-left-out"]')?.textContent.includes('100 van') ?? false,
        undefined,
        { timeout: 15_000 },
      );
      await screenshot(page, 'scale-hub-more');
    } finally {
      await context.close();
      await serve.stop();
    }
  });
});
