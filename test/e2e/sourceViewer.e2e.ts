// The source viewer in Chromium against browser mode: a citation click opens the letter at the
// cited passage, highlighted and scrolled into view; a highlighted mention opens its node.
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { appPerTest } from './support/appPerTest';
import { onCanvas } from './support/atlasCy';
import { screenshot } from './support/chromium';

const app = appPerTest();
let page: Page;
beforeEach(() => {
  ({ page } = app());
});

/** Puts Europol on the canvas and clicks its first citation; returns the viewer and the quote clicked. */
async function openEuropolCitation(): Promise<{ viewer: Locator; quote: string }> {
  await page.getByRole('combobox').fill('Europol');
  await page
    .getByRole('option', { name: /Europol/ })
    .first()
    .waitFor();
  await page.getByRole('combobox').press('Enter');
  const citation = page.getByTestId('citation-quote').first();
  await citation.waitFor();
  const quote = (await citation.locator('q').textContent()) ?? '';
  await citation.click();
  const viewer = page.getByTestId('source-viewer');
  await viewer.waitFor();
  return { viewer, quote };
}

describe('source viewer', () => {
  it('opens the letter at the cited passage, highlighted and in view', async () => {
    const { viewer, quote } = await openEuropolCitation();
    const focused = viewer.locator('mark[data-focused="true"]');
    await expect.poll(() => focused.count()).toBeGreaterThan(0);
    const highlighted = (await focused.allTextContents()).join('');
    expect(highlighted.replace(/\s+/g, ' ')).toBe(quote.replace(/\s+/g, ' '));
    const markBox = await focused.first().boundingBox();
    const bodyBox = await viewer.locator('.source-body').boundingBox();
    expect(
      markBox && bodyBox && markBox.y >= bodyBox.y && markBox.y + markBox.height <= bodyBox.y + bodyBox.height,
    ).toBe(true);
    await screenshot(page, 'source-viewer-citation');
  });

  it('shows the footnotes as footnotes, with references in the text', async () => {
    const { viewer } = await openEuropolCitation();
    // The letter arrives after the dialog opens: wait for it rather than count what is there yet.
    await expect.poll(() => viewer.locator('ol.footnotes li').count()).toBeGreaterThanOrEqual(9);
    expect(await viewer.locator('sup a[href="#fn-1"]').count()).toBe(1);
  });

  it('highlights mentions in their kind’s colour, and a click opens that node', async () => {
    const { viewer } = await openEuropolCitation();
    const mentions = viewer.locator('button.mention');
    await expect.poll(() => mentions.count()).toBeGreaterThan(50);
    const other = viewer.locator('button.mention:not([data-node-id="europol"])').first();
    const nodeId = await other.getAttribute('data-node-id');
    const colour = await other.evaluate((el) => getComputedStyle(el).borderBottomColor);
    expect(colour).not.toBe('rgba(0, 0, 0, 0)');
    await other.click();
    await expect.poll(() => onCanvas(page, (cy, id) => cy.getElementById(id).selected(), nodeId ?? '')).toBe(true);
  });

  it('closes with Escape', async () => {
    await openEuropolCitation();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('source-viewer').count()).toBe(0);
  });
});
