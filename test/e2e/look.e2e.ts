// The look, in Chromium against browser mode: the show-everything overview's key labels, measured as
// Cytoscape draws them, never overlap at 1280×800 or 1024×640; the legend sits on the canvas and says
// what each line style means; the toolbar is grouped by task with icons that have names in both
// languages. Screenshots go to artefacts/e2e/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest } from './support/appPerTest';
import { onCanvas } from './support/atlasCy';
import { screenshot } from './support/chromium';
import { settled } from './support/explorerDriver';

const app = appPerTest();

interface LabelBox {
  readonly id: string;
  readonly px: number;
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
}

/** The labels drawn at a readable size (≥ 10 px on screen), with their boxes on screen. */
function readableLabels(page: Page): Promise<LabelBox[]> {
  return onCanvas(page, (cy) =>
    cy
      .nodes()
      .not('.hidden')
      .nodes()
      .map((n) => {
        const box = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        const px = parseFloat(String(n.style('font-size'))) * cy.zoom();
        return { id: n.id(), px, x1: box.x1, x2: box.x2, y1: box.y1, y2: box.y2 };
      })
      .filter((l) => l.px >= 10),
  );
}

const overlapping = (labels: readonly LabelBox[]): string[] =>
  labels.flatMap((a, i) =>
    labels
      .slice(i + 1)
      .filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
      .map((b) => `${a.id}/${b.id}`),
  );

const nextFrames = (page: Page): Promise<unknown> =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

async function overview(page: Page): Promise<void> {
  await page.getByTestId('start-view').getByRole('button', { name: 'Alles tonen' }).click();
  await page.waitForFunction(() => (globalThis.__atlasCy?.nodes().length ?? 0) > 200, undefined, { timeout: 30_000 });
  await settled(page, 30_000);
  await nextFrames(page);
}

describe('the overview’s key labels', () => {
  it('never overlap, at 1280×800 and at 1024×640, and most of the 30 most connected nodes keep one', async () => {
    const { page } = app();
    await page.setViewportSize({ width: 1280, height: 800 });
    await overview(page);
    const wide = await readableLabels(page);
    console.log(`overview 1280×800: ${String(wide.length)} key labels, overlapping: ${overlapping(wide).join(' ')}`);
    expect(overlapping(wide)).toEqual([]);
    expect(wide.length).toBeGreaterThanOrEqual(24);
    await screenshot(page, 'look-overview-1280x800');

    await page.setViewportSize({ width: 1024, height: 640 });
    await page.getByRole('button', { name: 'Passend maken' }).click();
    await settled(page);
    await nextFrames(page);
    const narrow = await readableLabels(page);
    console.log(
      `overview 1024×640: ${String(narrow.length)} key labels, overlapping: ${overlapping(narrow).join(' ')}`,
    );
    expect(overlapping(narrow)).toEqual([]);
    expect(narrow.length).toBeGreaterThanOrEqual(20);
    await screenshot(page, 'look-overview-1024x640');
  });
});
