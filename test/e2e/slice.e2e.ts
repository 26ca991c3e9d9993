// The first user journey, in Debian's Chromium against browser mode on the bundled dataset:
// type "Europol" → suggestions → choose → the node and its neighbours on the canvas → the detail
// panel shows labels, kind and citation text. Nothing is requested from outside 127.0.0.1. Each test
// loads its own fresh app itself (the first one watches that load).
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { appPerTest } from './support/appPerTest';
import { screenshot } from './support/chromium';
import type { ServeProcess } from './support/serveProcess';

const app = appPerTest({ goto: false });
let serve: ServeProcess;
let page: Page;
beforeEach(() => {
  ({ serve, page } = app());
});

const canvasNodeIds = (): Promise<string[]> =>
  page.evaluate(() => {
    const cy = globalThis.__atlasCy;
    return cy === undefined ? [] : cy.nodes().map((n) => n.id());
  });

/** Loads the app, types "Europol", waits for the suggestion and chooses it with Enter. */
async function chooseEuropol(): Promise<void> {
  await page.goto(serve.url);
  await page.getByRole('combobox').fill('Europol');
  const option = page.getByRole('option', { name: /Europol/ }).first();
  await option.waitFor();
  await page.getByRole('combobox').press('Enter');
  await expect.poll(canvasNodeIds, { timeout: 10_000 }).toContain('europol');
}

describe('search → canvas → detail (browser mode)', () => {
  it('opens in Dutch with an empty canvas and a search box', async () => {
    await page.goto(serve.url);
    await expect.poll(() => page.getByRole('combobox').count()).toBe(1);
    expect(await page.locator('html .app').getAttribute('lang')).toBe('nl');
    expect(page.url()).not.toContain('token=');
  });

  it('suggests Europol while typing and puts it with its neighbours on the canvas', async () => {
    await chooseEuropol();
    expect((await canvasNodeIds()).length).toBeGreaterThan(3);
  });

  it('shows labels, kind and the citation text in the detail panel', async () => {
    await chooseEuropol();
    const panel = page.getByTestId('detail-panel');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toContain('Europol');
    expect((await panel.getByTestId('detail-kind').textContent())?.length).toBeGreaterThan(2);
    const quotes = await panel.getByTestId('citation-quote').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.join(' ')).toContain('Europol');
    await screenshot(page, 'slice-europol');
  });

  it('made no request outside 127.0.0.1 from the first load to the detail panel', async () => {
    await chooseEuropol();
    await page.getByTestId('detail-panel').getByTestId('citation-quote').first().waitFor();
    expect(app().foreignRequests).toEqual([]);
  });
});
