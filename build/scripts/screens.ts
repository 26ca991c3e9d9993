// Screenshots of the main screens at 1280×800, for a before/after look at the design: the opening view,
// an example question answered (with the memo pack made from it), a node open in the detail panel (with
// the legend folded and opened), the show-everything overview, the analysis panel, the export dialog,
// the source viewer and the help panel. Drives the e2e test build in Chromium as a user would.
// Run: npx tsx build/scripts/screens.ts before|after [--no-build] [--lang en] [--size 1024x640]; writes
// artefacts/screens/ (a size other than 1280×800 is named in the file, e.g. after-detail-1024x640.png).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openWithEuropol, settled } from '../../test/e2e/support/explorerDriver';
import { openApp } from '../../test/e2e/support/openApp';
import { buildTestApp } from '../../test/e2e/support/testBuild';

const OUT = 'artefacts/screens';
const prefix = process.argv[2] ?? 'after';
const option = (name: string): string | undefined =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const english = option('--lang') === 'en';
const size = option('--size') ?? '1280x800';
const [width = NaN, height = NaN] = size.split('x').map(Number);
if (!(width > 0) || !(height > 0))
  throw new Error(`--size must be WIDTHxHEIGHT in pixels, e.g. 1024x640 (got "${size}")`);
const suffix = `${english ? '-en' : ''}${size === '1280x800' ? '' : `-${size}`}`;

async function shoot(page: Page, name: string): Promise<void> {
  const path = join(OUT, `${prefix}-${name}${suffix}.png`);
  await page.screenshot({ path });
  console.log(`wrote ${path}`);
}

/**
 * Waits past the key labels' rest after a pan (120 ms), then two frames, so that restyles scheduled on
 * the next frame (key labels) are drawn.
 */
const frames = (page: Page): Promise<unknown> =>
  page.evaluate(
    () => new Promise((done) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)), 200)),
  );

async function screens(page: Page): Promise<void> {
  await page.setViewportSize({ width, height });
  if (english) await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByTestId('start-view').getByTestId('start-actors').waitFor();
  await shoot(page, 'start');

  await page.getByTestId('help-open').click();
  await page.getByTestId('help-panel').waitFor();
  await shoot(page, 'help');
  await page.keyboard.press('Escape');

  // An example question answered in one click: the path on the canvas, the answer in the analysis panel.
  await page.getByTestId('start-questions').getByRole('button').first().click();
  await page.waitForFunction(() => (globalThis.__atlasCy?.nodes('.highlighted').length ?? 0) > 1, undefined, {
    timeout: 30_000,
  });
  await settled(page, 30_000);
  await frames(page);
  await shoot(page, 'question');
  // The memo pack for that answer: the button's state after the download.
  const [pack] = await Promise.all([page.waitForEvent('download'), page.getByTestId('memo-pack').click()]);
  console.log(`memo pack: ${pack.suggestedFilename()}`);
  await shoot(page, 'memo-pack');
  await page.getByRole('button', { name: english ? 'Clear the network' : 'Netwerk leegmaken' }).click();
  await page.getByTestId('start-view').waitFor();

  await page
    .getByTestId('start-view')
    .getByRole('button', { name: english ? 'Show everything' : 'Alles tonen' })
    .click();
  await page.waitForFunction(() => (globalThis.__atlasCy?.nodes().length ?? 0) > 200, undefined, { timeout: 30_000 });
  await settled(page, 30_000);
  await frames(page);
  await shoot(page, 'overview');

  await page.getByRole('button', { name: english ? 'Clear the network' : 'Netwerk leegmaken' }).click();
  await openWithEuropol(page);
  await page.getByTestId('detail-panel').waitFor();
  await settled(page);
  await frames(page);
  await shoot(page, 'detail');
  // The legend opened by the user: the fit makes room for the card rather than drawing under it.
  const legend = page.getByTestId('legend');
  await legend.getByRole('button', { name: english ? 'Expand the legend' : 'Legenda uitklappen' }).click();
  await settled(page);
  await frames(page);
  await shoot(page, 'detail-legend');
  await legend.getByRole('button', { name: english ? 'Collapse the legend' : 'Legenda inklappen' }).click();
  await settled(page);

  await page.getByTestId('citation-quote').first().click();
  await page.getByRole('dialog').first().waitFor();
  await page.waitForTimeout(500);
  await shoot(page, 'source');
  await page.keyboard.press('Escape');

  // The tab toggles the drawer: the example question may have left it open on this tab.
  const body = page.getByTestId('analysis-panel').locator('.analysis-body');
  if (!(await body.isVisible())) await page.getByRole('tab', { name: english ? 'Paths' : 'Paden' }).click();
  await body.waitFor();
  await page.waitForTimeout(300);
  await shoot(page, 'analysis');
  await page.getByRole('tab', { name: english ? 'Paths' : 'Paden' }).click();

  await page.getByTestId('export-open-dialog').click();
  await page.getByTestId('export-dialog').waitFor();
  await shoot(page, 'export');
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) await buildTestApp();
  mkdirSync(OUT, { recursive: true });
  const app = await openApp();
  try {
    await screens(app.page);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
