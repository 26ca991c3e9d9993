// The explorer for keyboard and screen-reader users, and in both languages, in Chromium against
// browser mode: one whole journey by keyboard alone (with visible focus), the language switch (UI and
// data labels, kept across a reload), and axe-core finding no serious or critical violation. Each
// test runs on its own fresh app and gets there by keyboard (or, outside the keyboard tests, by search).
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { appPerTest } from './support/appPerTest';
import { onCanvas } from './support/atlasCy';
import { screenshot } from './support/chromium';
import { canvasState, openWithEuropol, settled } from './support/explorerDriver';
import { seriousViolations } from './support/axe';

const app = appPerTest();
let page: Page;

beforeEach(async () => {
  ({ page } = app());
  await page.getByRole('combobox', { name: /Zoek/ }).waitFor();
});

/** Ctrl+K, type "Europol", Enter: Europol and its neighbours on the canvas, Europol selected. */
async function searchByKeyboard(): Promise<void> {
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('Control+k');
  expect(await focused()).toMatch(/^input/);
  await page.keyboard.type('Europol');
  await page
    .getByRole('option', { name: /^Europol\b/ })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await canvasState(page)).visibleNodes).toContain('europol');
  await settled(page);
}

/** After `searchByKeyboard`: the canvas focused, and ArrowLeft moved the selection off Europol. */
async function selectAnotherByKeyboard(): Promise<string> {
  await page.getByTestId('graph-canvas').focus();
  expect(await focused()).toMatch(/graph-canvas/);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await canvasState(page)).selected).not.toEqual(['europol']);
  const [moved = ''] = (await settled(page)).selected;
  return moved;
}

const focused = (): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el === null) return '';
    const parts = [el.tagName.toLowerCase(), el.getAttribute('data-testid'), el.getAttribute('aria-label')];
    return [...parts, el.getAttribute('placeholder'), el.textContent]
      .map((p) => p ?? '')
      .join('|')
      .slice(0, 200);
  });

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
async function tabTo(match: RegExp, backwards = false): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    if (match.test(await focused())) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(match)}; focus is on ${await focused()}`);
}

const outlineOfFocus = (): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el === null ? 'none' : getComputedStyle(el).outlineStyle;
  });

describe('keyboard alone', () => {
  it('Ctrl+K focuses the search; typing and Enter put a node on the canvas', async () => {
    await searchByKeyboard();
    expect((await canvasState(page)).selected).toEqual(['europol']);
  });

  it('a skip link and Tab reach the canvas, with a visible focus ring; arrows move the selection, Enter expands', async () => {
    await searchByKeyboard();
    // The first Tab stop, before the search box, is the skip link, which goes straight to the network.
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toContain('Naar het netwerk');
    await page.keyboard.press('Enter');
    expect(await focused()).toMatch(/graph-canvas/);
    // Tab from the search box reaches the canvas as well.
    await page.keyboard.press('Control+k');
    await tabTo(/graph-canvas/);
    expect(await outlineOfFocus()).not.toBe('none');
    const before = await settled(page);
    expect(before.selected).toEqual(['europol']);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await canvasState(page)).selected).not.toEqual(['europol']);
    const [moved] = (await canvasState(page)).selected;
    expect(await page.getByTestId('selection-announcer').textContent()).toMatch(/^Geselecteerd: /);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await canvasState(page)).visibleNodes.length)
      .toBeGreaterThan(before.visibleNodes.length);
    expect((await canvasState(page)).selected).toEqual([moved]);
    await screenshot(page, 'explorer-keyboard-1-canvas');
  });

  it('Shift+F10 opens the actions menu; arrows and Enter hide the node; Ctrl+Z brings it back', async () => {
    await searchByKeyboard();
    const node = await selectAnotherByKeyboard();
    await page.keyboard.press('Shift+F10');
    await page.getByTestId('context-menu').waitFor();
    expect(await focused()).toContain('Buren tonen');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toContain('Verbergen');
    await screenshot(page, 'explorer-keyboard-2-menu');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await canvasState(page)).hiddenNodes).toContain(node);
    expect(await focused()).toMatch(/graph-canvas/);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await canvasState(page)).visibleNodes).toContain(node);
  });

  it('the table tab lists the same nodes; a check box selects on the canvas too', async () => {
    await searchByKeyboard();
    await selectAnotherByKeyboard();
    await tabTo(/^button.*\|Netwerk$/, true);
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toMatch(/Tabel$/);
    await page.getByTestId('table-view').waitFor();
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^input/);
    await page.keyboard.type('Europol');
    await tabTo(/\|Selecteer Europol\|/);
    expect(await outlineOfFocus()).not.toBe('none');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await canvasState(page)).selected).toContain('europol');
    await screenshot(page, 'explorer-keyboard-3-table');
  });

  it('saves a view and undoes with the keyboard alone', async () => {
    await searchByKeyboard();
    await selectAnotherByKeyboard();
    await tabTo(/Naam van de weergave/, true);
    await page.keyboard.type('Toetsenbord');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain('Toetsenbord');
  });
});

describe('language', () => {
  it('switches UI strings and data labels to English and back, and remembers the choice', async () => {
    await openWithEuropol(page);
    await page.getByRole('tab', { name: 'Netwerk' }).click();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Network' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const label = (): Promise<string> =>
      onCanvas(page, (cy) => cy.getElementById('netherlands').data('label') as string);
    await expect.poll(label).toBe('The Netherlands');
    await screenshot(page, 'explorer-language-en');
    await page.reload();
    await expect.poll(() => page.getByRole('tab', { name: 'Network' }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(label).toBe('The Netherlands');
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await expect.poll(label).toBe('Nederland');
  });
});

describe('axe-core', () => {
  it('finds no serious or critical violation on the network view with details open', async () => {
    await openWithEuropol(page);
    await onCanvas(page, (cy) => void cy.getElementById('europol').select());
    await page.getByTestId('detail-panel').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds none on the table view, in English, and with the actions menu open', async () => {
    await openWithEuropol(page);
    await page.getByRole('tab', { name: 'Tabel' }).click();
    await page.getByTestId('table-view').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('tab', { name: 'Network' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('Shift+F10');
    await page.getByTestId('context-menu').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('finds none with the export dialog open, whose focus stays inside until Escape hands it back', async () => {
    await openWithEuropol(page);
    const opener = page.getByTestId('export-open-dialog');
    await opener.click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press(i % 3 === 0 ? 'Shift+Tab' : 'Tab');
      expect(await dialog.evaluate((box) => box.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true);
  });
});
