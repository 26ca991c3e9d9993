// The "as of" year in Chromium against browser mode: 2018 typed into the year control (a year no
// element of the view starts or ends in) is applied and shown; a node the dataset dates later (the
// Veiligheidsagenda 2019–2022) leaves the canvas and the detail panel, and comes back for 2020.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import './support/atlasCy';
import { screenshot } from './support/chromium';
import { canvasState, searchAndAdd, settled } from './support/explorerDriver';
import { openApp, type OpenApp } from './support/openApp';

let app: OpenApp;
let page: Page;

const AGENDA = 'security-agenda';

beforeAll(async () => {
  app = await openApp();
  ({ page } = app);
  await searchAndAdd(page, 'Veiligheidsagenda', /Veiligheidsagenda/);
  await page.waitForFunction((id) => globalThis.__atlasCy?.getElementById(id).nonempty() === true, AGENDA, {
    timeout: 15_000,
  });
  await settled(page);
});

afterAll(() => app.close());

const yearControl = () => page.getByTestId('year-control');
const detailHeading = () => page.getByTestId('detail-panel').getByRole('heading', { level: 2 });

describe('year control', () => {
  it('offers every year from the dataset’s earliest to this year', async () => {
    const slider = yearControl().getByRole('slider');
    expect(Number(await slider.getAttribute('min'))).toBeLessThanOrEqual(2002);
    expect(Number(await slider.getAttribute('max'))).toBe(new Date().getFullYear());
  });

  it('applies a typed 2018, shows it, and hides a node dated later from canvas and detail panel', async () => {
    await expect.poll(async () => (await detailHeading().textContent())?.trim()).toContain('Veiligheidsagenda');
    const field = yearControl().getByRole('spinbutton');
    await field.fill('2018');
    await expect.poll(() => yearControl().getByTestId('year-applied').textContent()).toBe('2018');
    expect(await yearControl().getByRole('slider').inputValue()).toBe('2018');
    expect(await yearControl().getByRole('checkbox').isChecked()).toBe(true);
    const state = await settled(page);
    expect(state.visibleNodes).not.toContain(AGENDA);
    expect(state.hiddenNodes).toContain(AGENDA);
    await expect.poll(() => page.getByTestId('detail-hidden-by-year').textContent()).toContain('2018');
    expect(await detailHeading().count()).toBe(0);
    await screenshot(page, 'year-control-2018');
  });

  it('brings the node back in a year it holds', async () => {
    await yearControl().getByRole('spinbutton').fill('2020');
    await expect.poll(() => yearControl().getByTestId('year-applied').textContent()).toBe('2020');
    await expect.poll(async () => (await canvasState(page)).visibleNodes).toContain(AGENDA);
    await expect.poll(async () => (await detailHeading().textContent())?.trim()).toContain('Veiligheidsagenda');
  });
});
