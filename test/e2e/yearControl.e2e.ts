// The "as of" year in Chromium against browser mode: 2018 typed into the year control (a year no
// element of the view starts or ends in) is applied and shown; a node the dataset dates later (the
// Veiligheidsagenda 2019–2022) leaves the canvas and the detail panel, and comes back for 2020. Each
// test starts on its own fresh app with the Veiligheidsagenda and its neighbours on the canvas.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { appPerTest } from './support/appPerTest';
import { screenshot } from './support/chromium';
import { canvasState, openWithNode, settled } from './support/explorerDriver';

const app = appPerTest();
let page: Page;

const AGENDA = 'security-agenda';

beforeEach(async () => {
  ({ page } = app());
  await openWithNode(page, 'Veiligheidsagenda', /Veiligheidsagenda/, AGENDA);
});

/** Types `year` into the year control and waits until the control says it is applied. */
async function applyYear(year: string): Promise<void> {
  await yearControl().getByRole('spinbutton').fill(year);
  await expect.poll(() => yearControl().getByTestId('year-applied').textContent()).toBe(year);
}

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
    await applyYear('2018');
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
    await applyYear('2018');
    await expect.poll(async () => (await canvasState(page)).hiddenNodes).toContain(AGENDA);
    await applyYear('2020');
    await expect.poll(async () => (await canvasState(page)).visibleNodes).toContain(AGENDA);
    await expect.poll(async () => (await detailHeading().textContent())?.trim()).toContain('Veiligheidsagenda');
  });
});
