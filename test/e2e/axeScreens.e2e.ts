// axe-core on every screen, in Dutch and in English: the opening view, the help panel, the shortcuts,
// the overview with its legend, a node and a relation in the detail panel, the context menu, the source
// viewer, the table, each analysis tab, the export dialog and the comparison; the hub dialog on a
// generated dataset with a hub. Nothing moderate, serious or critical may be found on any of them.
// Each test walks its screens and reports every screen's violations together.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticDataset } from '../../build/scripts/benchDataset';
import type { NodeDetail } from '../../shared/contract';
import { appPerTest } from './support/appPerTest';
import { seriousViolations, type Violation } from './support/axe';
import { launchBrowser, newAppContext, screenshot } from './support/chromium';
import { openWithEuropol, searchAndAdd, settled, waitForNode, waitForSelected } from './support/explorerDriver';
import { callApi } from './support/exportDriver';
import { startServe } from './support/serveProcess';

const app = appPerTest();
const MODERATE_OR_WORSE = ['moderate', 'serious', 'critical'] as const;

type Found = Record<string, readonly Violation[]>;

/** Runs axe on what the page shows now and files its findings under `screen` (empty lists are dropped). */
async function audit(page: Page, found: Found, screen: string): Promise<void> {
  const violations = await seriousViolations(page, MODERATE_OR_WORSE);
  if (violations.length > 0) found[screen] = violations;
}

const words = {
  nl: { everything: 'Alles tonen', clear: 'Netwerk leegmaken', table: 'Tabel', network: 'Netwerk' },
  en: { everything: 'Show everything', clear: 'Clear the network', table: 'Table', network: 'Network' },
} as const;
const TABS = { nl: ['Paden', 'Patroon', 'Kengetallen', 'Matrix'], en: ['Paths', 'Pattern', 'Metrics', 'Matrix'] };

async function walk(page: Page, language: 'nl' | 'en'): Promise<Found> {
  const found: Found = {};
  const w = words[language];
  await page.setViewportSize({ width: 1280, height: 800 });
  if (language === 'en') await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByTestId('start-view').getByTestId('start-actors').waitFor();
  await audit(page, found, 'start view');

  await page.getByTestId('help-open').click();
  await page.getByTestId('help-panel').waitFor();
  await audit(page, found, 'help panel');
  await page.keyboard.press('Escape');

  await page.keyboard.press('?');
  await page.locator('.shortcuts-dialog').waitFor();
  await audit(page, found, 'shortcuts');
  await page.keyboard.press('Escape');

  await page.getByTestId('start-view').getByRole('button', { name: w.everything }).click();
  await page.waitForFunction(() => (globalThis.__atlasCy?.nodes().length ?? 0) > 200, undefined, { timeout: 30_000 });
  await settled(page, 30_000);
  await audit(page, found, 'overview with legend');
  await page.getByRole('button', { name: w.clear }).click();

  await openWithEuropol(page);
  await page.getByTestId('detail-panel').waitFor();
  await audit(page, found, 'node in the detail panel');

  await page.getByTestId('graph-canvas').focus();
  await page.keyboard.press('Shift+F10');
  await page.getByTestId('context-menu').waitFor();
  await audit(page, found, 'context menu');
  await page.keyboard.press('Escape');

  await page.getByTestId('citation-quote').first().click();
  await page.getByRole('dialog').first().waitFor();
  await audit(page, found, 'source viewer');
  await page.keyboard.press('Escape');

  await page.getByTestId('relation-open').first().click();
  await page.getByTestId('detail-panel').locator('dd').first().waitFor();
  await audit(page, found, 'relation in the detail panel');

  await page.getByRole('tab', { name: w.table }).click();
  await page.getByTestId('table-view').waitFor();
  await audit(page, found, 'table');
  await page.getByRole('tab', { name: w.network }).click();

  for (const tab of TABS[language]) {
    await page.getByRole('tab', { name: tab }).click();
    await page.locator('#analysis-body').waitFor();
    await audit(page, found, `analysis: ${tab}`);
  }
  await screenshot(page, `axe-analysis-${language}`);
  await page.getByRole('tab', { name: TABS[language][3] }).click();

  await page.getByTestId('export-open-dialog').click();
  await page.getByTestId('export-dialog').waitFor();
  await audit(page, found, 'export dialog');
  await screenshot(page, `axe-export-${language}`);
  await page.keyboard.press('Escape');

  await page.getByTestId('compare-toggle').click();
  await audit(page, found, 'comparison');
  return found;
}

describe('axe-core on every screen', () => {
  it('finds nothing moderate or worse anywhere in Dutch', async () => {
    expect(await walk(app().page, 'nl')).toEqual({});
  });

  it('finds nothing moderate or worse anywhere in English', async () => {
    expect(await walk(app().page, 'en')).toEqual({});
  });
});

describe('axe-core on the hub dialog', () => {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-axe-hub-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('finds nothing moderate or worse on the question a hub asks before expanding, in both languages', async () => {
    const dataset = join(folder, 'hub.sqlite');
    // 4,000 relations: the largest hub takes 8 %, well past the 200 that make a node a hub.
    writeSyntheticDataset(dataset, 1_500, 4_000);
    const serve = await startServe(undefined, ['--dataset', dataset]);
    const browser = await launchBrowser();
    try {
      const context = await newAppContext(browser);
      const page = await context.newPage();
      await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
      await page.goto(serve.url);
      const [hub] = await callApi<NodeDetail[]>(serve.url, 'node.byKind', {
        kinds: ['state', 'international-body', 'international-organisation', 'region'],
        limit: 1,
        order: 'degree',
      });
      if (hub === undefined) throw new Error('the generated dataset has no hub');
      const found: Found = {};
      for (const language of ['nl', 'en'] as const) {
        if (language === 'en') await page.getByRole('button', { name: 'Switch to English' }).click();
        // Searched once only. Choosing a hub in the search adds its most connected neighbours and closes
        // any hub prompt as it does; searched again in English with the hub already on the canvas, the
        // Enter below could open the prompt just before that search closed it (seen as a prompt that
        // never came, or that lost its counts). The hub stays selected across the language switch.
        if (language === 'nl')
          await searchAndAdd(
            page,
            hub.label[language],
            new RegExp(hub.label[language].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
          );
        await waitForNode(page, hub.id);
        await waitForSelected(page, hub.id);
        await settled(page, 30_000);
        await page.getByTestId('graph-canvas').focus();
        await page.keyboard.press('Enter');
        const dialog = page.getByTestId('hub-dialog');
        await dialog.waitFor({ timeout: 30_000 });
        // The per-kind counts are one service call per relation kind: slow on a busy machine.
        try {
          await dialog.locator('.hub-kinds button').first().waitFor({ timeout: 60_000 });
        } catch (error) {
          // Seen twice under load and never alone: keep what the user would have seen, to find why.
          await screenshot(page, `axe-hub-${language}-stuck`);
          console.error(
            'hub dialog without its kinds:',
            await dialog.textContent(),
            await page.locator('[role=alert], [role=status]').allTextContents(),
          );
          throw error;
        }
        await audit(page, found, `hub dialog (${language})`);
        await screenshot(page, `axe-hub-${language}`);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
      }
      expect(found).toEqual({});
    } finally {
      await browser.close();
      await serve.stop();
    }
  });
});
