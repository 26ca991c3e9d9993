// Paths told honestly, in Chromium against browser mode on the bundled dataset: the shortest link
// between Germany and the binding ethical code runs through the Minister, who "explores" both — a
// generic relation, so the path text says the route passes one. Keeping the Minister out through the
// path builder's avoid picker, the paths found go round him, and each still says why it was chosen.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/chromium';
import { openApp, type OpenApp } from './support/openApp';

let app: OpenApp;
let page: Page;
const MINISTER = 'Minister van Justitie en Veiligheid';

beforeAll(async () => {
  app = await openApp();
  ({ page } = app);
});

afterAll(() => app.close());

async function pick(scope: ReturnType<Page['getByTestId']>, text: string, option: RegExp): Promise<void> {
  const input = scope.getByRole('combobox');
  await input.fill(text);
  await scope.getByRole('option', { name: option }).first().waitFor();
  await input.press('Enter');
}

/** The found paths as the list names them ("Duitsland → … → …"), once the search has answered. */
async function searchPaths(): Promise<string[]> {
  await page.getByRole('button', { name: 'Zoek paden' }).click();
  const list = page.getByTestId('path-list');
  await list.waitFor();
  return list.locator(':scope > li > button').allTextContents();
}

describe('path builder', () => {
  it('keeps the Minister out of the paths when told to, and says why each path was chosen', async () => {
    await page.getByRole('tab', { name: 'Paden' }).click();
    await pick(page.getByTestId('path-from'), 'Duitsland', /^Duitsland/);
    await pick(page.getByTestId('path-to'), 'ethische code', /ethische code/);
    const before = await searchPaths();
    expect(before.some((p) => p.includes(MINISTER))).toBe(true);
    const text = (await page.getByTestId('path-text').textContent()) ?? '';
    expect(text).toMatch(/Pad 1: Kortste route \(\d stappen?\).*'verkent'/);

    await pick(page.getByTestId('path-avoid-node'), 'Minister van Justitie', /Minister van Justitie/);
    expect(await page.getByTestId('path-avoided').textContent()).toContain(MINISTER);
    // Choosing what to avoid clears the old answer, which no longer answers the question asked.
    expect(await page.getByTestId('path-list').count()).toBe(0);
    const after = await searchPaths();
    expect(after.length).toBeGreaterThan(0);
    for (const path of after) expect(path).not.toContain(MINISTER);
    const reasons = await page.getByTestId('path-reason').allTextContents();
    expect(reasons).toHaveLength(after.length);
    for (const reason of reasons) expect(reason).toMatch(/^(Kortste|Langere) route/);
    await screenshot(page, 'paths-avoid-minister');
  });
});
