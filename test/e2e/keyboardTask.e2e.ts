// Task 1 of the adviser's day by keyboard alone: find Europol, open its legal-basis relation (the
// Europol Regulation regulates it), and read its quote in the letter — every key press counted, at most
// 20 (it took ~110 before F6, the relation rows and the letter's roving focus).
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { appPerTest } from './support/appPerTest';
import { screenshot } from './support/chromium';

const app = appPerTest();
let page: Page;
beforeEach(() => {
  ({ page } = app());
});

/** The focused element, described for an assertion: its tag, test id, data-edge-id and text. */
const focused = (): Promise<{ tag: string; testId: string | null; edge: string | null; text: string }> =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName ?? '',
      testId: el?.getAttribute('data-testid') ?? null,
      edge: el?.closest('li')?.getAttribute('data-edge-id') ?? null,
      text: el?.textContent ?? '',
    };
  });

describe('keyboard task: Europol’s legal basis', () => {
  it('finds Europol, opens the relation that regulates it and reads its quote in the letter, in ≤ 20 presses', async () => {
    let presses = 0;
    const press = async (key: string): Promise<void> => {
      presses += 1;
      await page.keyboard.press(key);
    };
    await press('/');
    for (const letter of 'europol') await press(letter);
    await page
      .getByRole('option', { name: /^Europol\b/ })
      .first()
      .waitFor();
    await press('Enter');
    await page
      .getByTestId('detail-panel')
      .getByRole('heading', { level: 2, name: /Europol/ })
      .waitFor();
    await page.getByTestId('relation-open').first().waitFor();

    // F6 to the network, F6 to the details; Tab into the relations (one tab stop).
    await press('F6');
    await press('F6');
    expect((await focused()).tag).toBe('H2');
    await press('Tab');
    expect((await focused()).testId).toBe('relation-open');
    while (!((await focused()).edge ?? '').includes('regulates') && presses < 20) await press('ArrowDown');
    expect((await focused()).edge).toContain('regulates');
    await press('Enter');
    await expect.poll(() => page.getByTestId('detail-kind').textContent()).toBe('regelt');
    // The relation's heading has the focus: never <body>.
    expect((await focused()).tag).toBe('H2');

    await press('Tab');
    expect((await focused()).testId).toBe('citation-quote');
    const quote = (await page.getByTestId('citation-quote').first().locator('q').textContent()) ?? '';
    await press('Enter');

    const viewer = page.getByRole('dialog', { name: /^Brontekst/ });
    await viewer.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('mark[data-focused="true"]')))
      .toBe(true);
    const read = (await viewer.locator('mark[data-focused="true"]').allTextContents()).join('');
    expect(read.replace(/\s+/g, ' ')).toBe(quote.replace(/\s+/g, ' '));
    expect(presses).toBeLessThanOrEqual(20);
    console.log(`keyboard task "Europol's legal basis": ${String(presses)} key presses`);
    // Only the letter scrolled: the window did not, and the header's controls are still on screen.
    expect(await page.evaluate(() => [window.scrollY, document.scrollingElement?.scrollTop ?? 0])).toEqual([0, 0]);
    const search = await page.getByRole('combobox', { name: /Zoek|Search/ }).boundingBox();
    expect(search !== null && search.y >= 0).toBe(true);
    await screenshot(page, 'keyboard-task-europol-legal-basis');

    // Escape closes the letter and gives the focus back to the quote that opened it.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('source-viewer').count()).toBe(0);
    await expect.poll(async () => (await focused()).testId).toBe('citation-quote');
  });
});
