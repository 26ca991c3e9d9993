// Heavy picture exports as an adviser meets them, in Chromium against browser mode: a PNG of the whole
// graph (2× here, to keep the decoding quick; bench:exports times the 4×) shows real progress while
// it is drawn in tiles and encoded in a worker, can be cancelled (nothing is downloaded), and carries
// the handling marking, legend and caption band in the picture, decoded back. At 1024×640 the dialog's actions stay on screen and work without scrolling.
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { beforeEach, describe, expect, it } from 'vitest';
import { appPerTest } from './support/appPerTest';
import { screenshot } from './support/chromium';
import { exportFile } from './support/exportDriver';
import { settled, waitForNodeCount } from './support/explorerDriver';

const app = appPerTest();
let page: Page;

type Dialog = ReturnType<Page['getByTestId']>;

beforeEach(() => {
  ({ page } = app());
});

async function showEverything(): Promise<void> {
  await page.getByRole('button', { name: 'Alles tonen' }).first().click();
  await waitForNodeCount(page, 'some', 'showing everything');
  await settled(page, 60_000);
}

const SCALE = 2;

/** PNG of the whole visible network at 2×, with or without caption band and legend. */
const wholeGraph =
  (framed: boolean, marking = '') =>
  async (dialog: Dialog): Promise<void> => {
    await dialog.getByRole('slider').fill(String(SCALE));
    await dialog.getByRole('radio', { name: 'Het hele zichtbare netwerk' }).check();
    await dialog.getByRole('textbox', { name: /Rubricering/ }).fill(marking);
    await dialog.getByRole('checkbox', { name: /Bijschriftband/ }).setChecked(framed);
    await dialog.getByRole('checkbox', { name: /Legenda in de afbeelding/ }).setChecked(framed);
  };

/** Every value the progress bar takes, recorded in the page as it changes. */
async function recordProgress(): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (globalThis as unknown as { __progress: number[] }).__progress = seen;
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('[data-testid="export-progress"]');
      if (bar !== null && seen.at(-1) !== bar.value) seen.push(bar.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  return () => page.evaluate(() => (globalThis as unknown as { __progress: number[] }).__progress);
}

/** Dark pixels (text) in rows y0…y1 of a decoded PNG. */
function darkPixels(png: PNG, y0: number, y1: number): number {
  let count = 0;
  for (let y = y0; y < y1; y += 1)
    for (let x = 0; x < png.width; x += 1) {
      const i = (png.width * y + x) * 4;
      if ((png.data[i] ?? 255) < 90 && (png.data[i + 1] ?? 255) < 90 && (png.data[i + 2] ?? 255) < 90) count += 1;
    }
  return count;
}

describe('a heavy picture export', () => {
  it('shows real progress and frames the whole-graph PNG with marking, legend and caption band', async () => {
    await showEverything();
    const plain = PNG.sync.read((await exportFile(page, /PNG/, wholeGraph(false), 'whole-2x-plain.png')).bytes);
    const progress = await recordProgress();
    const framedFile = await exportFile(
      page,
      /PNG/,
      wholeGraph(true, 'Departementaal vertrouwelijk'),
      'whole-2x-framed.png',
    );
    const framed = PNG.sync.read(framedFile.bytes);
    // The progress bar moved through values between start and end, in order.
    const values = await progress();
    expect(values.filter((v) => v > 0 && v < 1).length).toBeGreaterThan(1);
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    // Same drawing, taller picture: the marking band above it, the legend and caption below.
    expect(framed.width).toBe(plain.width);
    const band = SCALE * 28;
    expect(framed.height).toBeGreaterThan(plain.height + band);
    expect(darkPixels(framed, 0, band)).toBeGreaterThan(200);
    expect(darkPixels(plain, 0, band)).toBeLessThan(darkPixels(framed, 0, band));
    const below = framed.height - (plain.height + band);
    expect(darkPixels(framed, framed.height - below, framed.height)).toBeGreaterThan(1000);
    await expect.poll(() => page.getByTestId('export-status').textContent()).toContain('Gedownload');
  });

  it('stops when cancelled: nothing is downloaded and the dialog says so', async () => {
    await showEverything();
    await page.getByTestId('export-open-dialog').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByRole('radio', { name: /PNG/ }).check();
    await wholeGraph(true)(dialog);
    let downloads = 0;
    page.on('download', () => {
      downloads += 1;
    });
    await dialog.getByRole('button', { name: 'Downloaden' }).click();
    const cancel = dialog.getByRole('button', { name: 'Export annuleren' });
    await cancel.click();
    await expect.poll(() => page.getByTestId('export-status').textContent()).toContain('Export geannuleerd');
    // Long enough for the picture to have been finished, had the cancel not stopped it.
    await page.waitForTimeout(3000);
    expect(downloads).toBe(0);
    await expect.poll(() => dialog.getByRole('button', { name: 'Downloaden' }).isEnabled()).toBe(true);
    // The same dialog still exports afterwards.
    const file = await exportFile(page, /PNG/, (d) => d.getByRole('slider').fill('1'), 'after-cancel.png');
    expect(PNG.sync.read(file.bytes).width).toBeGreaterThan(100);
  });
});

describe('the export dialog at 1024×640', () => {
  it('keeps Download and Cancel on screen and clickable without scrolling, for every format', async () => {
    await page.setViewportSize({ width: 1024, height: 640 });
    await showEverything();
    await page.getByTestId('export-open-dialog').click();
    const dialog = page.getByTestId('export-dialog');
    for (const format of [/PDF/, /PNG/, /SVG/, /Word/]) {
      await dialog.getByRole('radio', { name: format }).check();
      for (const name of ['Downloaden', 'Annuleren']) {
        const button = dialog.getByRole('button', { name, exact: true });
        const box = await button.boundingBox();
        expect(box, `${name} with ${String(format)}`).not.toBeNull();
        if (box === null) continue;
        expect(box.y + box.height, `${name} with ${String(format)}`).toBeLessThanOrEqual(640);
        expect(box.y).toBeGreaterThanOrEqual(0);
        // Nothing covers it: the topmost element at its centre is the button itself.
        const onTop = await page.evaluate(
          ([x, y, label]) => document.elementFromPoint(x, y)?.closest('button')?.textContent === label,
          [box.x + box.width / 2, box.y + box.height / 2, name] as const,
        );
        expect(onTop, `${name} with ${String(format)}`).toBe(true);
      }
    }
    await dialog.getByRole('radio', { name: /PDF/ }).check();
    await screenshot(page, 'export-dialog-1024');
    // A real click at the button's place on screen, with no scrolling first, starts the download.
    const box = await dialog.getByRole('button', { name: 'Downloaden', exact: true }).boundingBox();
    const scrolled = await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0);
    expect(scrolled).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  });
});
