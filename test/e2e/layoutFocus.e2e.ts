// The layout never loses its controls, the keyboard never loses its place, relations open from the
// detail panel, and state stays honest — in Chromium against browser mode, at 1280×720 and 1024×640,
// with screenshots under artefacts/e2e.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { appPerTest } from './support/appPerTest';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/chromium';
import {
  canvasState,
  markTaps,
  nodeOnPage,
  openWithEuropol,
  outwaitDoubleClick,
  settled,
} from './support/explorerDriver';

const app = appPerTest();
let page: Page;
const failed: string[] = [];
beforeEach(() => {
  ({ page } = app());
  failed.length = 0;
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${String(response.status())} ${response.url()}`);
  });
});

const pageScroll = (): Promise<number[]> =>
  page.evaluate(() => [window.scrollY, document.scrollingElement?.scrollTop ?? 0]);

/** True when the element's whole box lies inside the window. */
async function onScreen(selector: string): Promise<boolean> {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    if (el === null) return false;
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
  }, selector);
}

describe('layout that never loses its controls', () => {
  it('opening a citation scrolls only the letter; the header stays; the window never scrolls (1280×720)', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openWithEuropol(page);
    await page.getByTestId('citation-quote').first().click();
    const viewer = page.getByRole('dialog', { name: /^Brontekst/ });
    await viewer.waitFor();
    await expect.poll(() => viewer.locator('mark[data-focused="true"]').count()).toBeGreaterThan(0);
    expect(await viewer.getAttribute('aria-modal')).toBe('true');
    expect(await pageScroll()).toEqual([0, 0]);
    expect(await onScreen('[role="combobox"]')).toBe(true);
    expect(await onScreen('.lang-toggle')).toBe(true);
    // Even a script cannot scroll the window: there is nothing below it.
    await page.evaluate(() => window.scrollTo(0, 10_000));
    expect(await pageScroll()).toEqual([0, 0]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'layout-source-viewer-1280x720');
    await page.keyboard.press('Escape');
    await expect.poll(() => viewer.count()).toBe(0);
    expect(await pageScroll()).toEqual([0, 0]);
    expect(await onScreen('[role="combobox"]')).toBe(true);
    // The favicon is there: nothing the app asked for failed.
    expect(failed).toEqual([]);
  });

  it('at 1024×640 the export dialog’s actions are on screen, and the window does not scroll', async () => {
    await page.setViewportSize({ width: 1024, height: 640 });
    await openWithEuropol(page);
    await page.getByTestId('export-open-dialog').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    const button = dialog.locator('footer button').last();
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    expect(box !== null && box.y >= 0 && box.y + box.height <= 640).toBe(true);
    expect(await pageScroll()).toEqual([0, 0]);
    await screenshot(page, 'layout-export-dialog-1024x640');
    await page.keyboard.press('Escape');
    await page.getByTestId('citation-quote').first().click();
    await page.getByTestId('source-viewer').waitFor();
    expect(await pageScroll()).toEqual([0, 0]);
    expect(await onScreen('[role="combobox"]')).toBe(true);
    expect(await onScreen('.lang-toggle')).toBe(true);
    await screenshot(page, 'layout-source-viewer-1024x640');
  });

  it('the analysis drawer resizes by keyboard, maximises and restores, and leaves the canvas room', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openWithEuropol(page);
    await page.getByRole('tab', { name: /Paden|Paths/ }).click();
    const splitter = page.getByTestId('analysis-splitter');
    await splitter.waitFor();
    const canvasBefore = await page.getByTestId('graph-canvas').boundingBox();
    // 616×236 before the drawer's default shrank and the header kept to one row.
    expect(canvasBefore !== null && canvasBefore.height > 280).toBe(true);
    console.log(`canvas with the analysis open at 1280×720: ${JSON.stringify(canvasBefore)}`);
    const height = async (): Promise<number> => (await page.getByTestId('analysis-panel').boundingBox())?.height ?? 0;
    const start = await height();
    await splitter.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(height).toBeLessThan(start - 40);
    await page.getByTestId('analysis-maximise').click();
    await expect.poll(height).toBeGreaterThan(500);
    await screenshot(page, 'layout-analysis-maximised-1280x720');
    await page.getByTestId('analysis-maximise').click();
    await expect.poll(height).toBeLessThan(start);
    expect(await pageScroll()).toEqual([0, 0]);
    await screenshot(page, 'layout-analysis-resized-1280x720');
  });
});

describe('keyboard and focus', () => {
  it('? shows the shortcuts as a dialog; Escape closes it and the focus goes back', async () => {
    await openWithEuropol(page);
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Sneltoetsen' });
    await dialog.waitFor();
    expect(await dialog.locator('kbd').count()).toBeGreaterThan(8);
    expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'shortcuts-overlay');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('graph-canvas');
  });

  it('after a mouse click on a node, the node keys work (Delete hides it)', async () => {
    await openWithEuropol(page);
    await markTaps(page);
    const at = await nodeOnPage(page, 'europol');
    await page.mouse.click(at.x, at.y);
    await outwaitDoubleClick(page);
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await canvasState(page)).hiddenNodes).toContain('europol');
  });

  it('the letter’s names are one tab stop, walked with the arrows', async () => {
    await openWithEuropol(page);
    await page.getByTestId('citation-quote').first().click();
    const viewer = page.getByTestId('source-viewer');
    await expect.poll(() => viewer.locator('button.mention').count()).toBeGreaterThan(50);
    const stops = await viewer.locator('button.mention[tabindex="0"], sup a[tabindex="0"]').count();
    expect(stops).toBe(1);
    await viewer.locator('button.mention[tabindex="0"]').focus();
    const first = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.textContent);
    expect(second).not.toBe(first);
    expect(await viewer.locator('button.mention[tabindex="0"], sup a[tabindex="0"]').count()).toBe(1);
  });
});

describe('relations first-class, selection and honest state', () => {
  it('a relation row opens the relation with its status, dates and quote; focus stays in the panel', async () => {
    await openWithEuropol(page);
    const row = page.getByTestId('relation-open').first();
    await row.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('detail-panel');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toMatch(/—/);
    expect(await panel.getByTestId('citation-quote').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await screenshot(page, 'detail-relation-opened');
  });

  it('Ctrl-click and Shift-click select several nodes; "Alleen selectie houden" keeps just those', async () => {
    await openWithEuropol(page);
    await markTaps(page);
    const { visibleNodes } = await settled(page);
    const others = visibleNodes.filter((id) => id !== 'europol').slice(0, 2);
    expect(others).toHaveLength(2);
    for (const [i, id] of others.entries()) {
      if (i > 0) await outwaitDoubleClick(page);
      const at = await nodeOnPage(page, id);
      await page.keyboard.down(i === 0 ? 'Control' : 'Shift');
      await page.mouse.click(at.x, at.y);
      await page.keyboard.up(i === 0 ? 'Control' : 'Shift');
    }
    await expect.poll(async () => (await canvasState(page)).selected.sort()).toEqual(['europol', ...others].sort());
    const actions = page.getByTestId('selection-actions');
    await actions.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'selection-actions');
    await actions.getByRole('button', { name: 'Alleen selectie houden' }).click();
    await expect.poll(async () => (await canvasState(page)).visibleNodes.sort()).toEqual(['europol', ...others].sort());
  });

  it('two quick clicks on two different nodes do not expand either', async () => {
    const before = await openWithEuropol(page);
    const [a, b] = before.visibleNodes.filter((id) => id !== 'europol');
    if (a === undefined || b === undefined) throw new Error('Europol has fewer than two neighbours');
    const pa = await nodeOnPage(page, a);
    const pb = await nodeOnPage(page, b);
    await page.mouse.click(pa.x, pa.y);
    await page.mouse.click(pb.x, pb.y);
    await page.waitForTimeout(1500);
    expect((await settled(page)).visibleNodes.length).toBe(before.visibleNodes.length);
  });

  it('clearing the canvas clears the detail panel; a notice goes by itself', async () => {
    await openWithEuropol(page);
    await page.getByTestId('detail-panel').waitFor();
    await page.getByRole('button', { name: 'Netwerk leegmaken' }).click();
    await expect.poll(async () => (await canvasState(page)).visibleNodes.length).toBe(0);
    await expect.poll(() => page.getByTestId('detail-panel').count()).toBe(0);
    await screenshot(page, 'cleared-canvas-empty-panel');
  });

  it('a highlighted path is brought into view at a zoom where its labels are read (1280×720)', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openWithEuropol(page);
    await page.getByRole('tab', { name: 'Paden' }).click();
    for (const [testId, text] of [
      ['path-from', 'Europol'],
      ['path-to', 'Duitsland'],
    ] as const) {
      const input = page.getByTestId(testId).getByRole('combobox');
      await input.fill(text);
      await page
        .getByTestId(testId)
        .getByRole('option', { name: new RegExp(text) })
        .first()
        .waitFor();
      await input.press('Enter');
    }
    await page.getByRole('button', { name: 'Zoek paden' }).click();
    await expect
      .poll(() => page.evaluate(() => globalThis.__atlasCy?.nodes('.highlighted').length ?? 0), { timeout: 10_000 })
      .toBeGreaterThan(1);
    // Every highlighted node inside the canvas, fitted to the path alone (about 0.6 at 1280×720 for
    // Europol–Germany, against the whole graph's fit before), and every label on the path at least
    // 10 px on screen — what the user needs, whatever zoom the key labels' room leads the fit to.
    const fitted = () =>
      page.evaluate(() => {
        const cy = globalThis.__atlasCy;
        if (cy === undefined) return { inside: false, readable: false, zoom: 0 };
        const box = cy.nodes('.highlighted').renderedBoundingBox();
        const zoom = cy.zoom();
        const smallest = Math.min(...cy.nodes('.highlighted').map((n) => parseFloat(String(n.style('font-size')))));
        return {
          inside: box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height(),
          readable: smallest * zoom >= 10,
          zoom: Math.round(zoom * 1000) / 1000,
        };
      });
    const state = async () => {
      const { inside, readable } = await fitted();
      return { inside, readable };
    };
    await expect.poll(state, { timeout: 10_000 }).toEqual({ inside: true, readable: true });
    console.log(`highlighted path Europol–Germany at 1280×720: zoom ${String((await fitted()).zoom)}`);
    await screenshot(page, 'layout-path-highlighted-1280x720');
  });
});
