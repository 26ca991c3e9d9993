// The opening view in Chromium against browser mode, as a first-time user meets it: the letter's
// three priorities, the most connected actors (from the service), example questions that each run in
// one click and are checked by what they put on the canvas and in the panels, "Alles tonen" as an
// overview whose key labels measure at least 10 px on screen at 1280×720, and the help panel from the
// toolbar and from the opening view. axe-core finds nothing moderate or worse on either; screenshots
// at 1280×720 and 1024×640 go to artefacts/e2e/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest } from './support/appPerTest';
import { onCanvas } from './support/atlasCy';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/chromium';
import { settled, waitForNode } from './support/explorerDriver';

const app = appPerTest();
const MODERATE_OR_WORSE = ['moderate', 'serious', 'critical'] as const;

const start = (page: Page) => page.getByTestId('start-view');
const question = (page: Page, name: RegExp) => start(page).getByRole('button', { name });

async function sized(width: number, height: number): Promise<Page> {
  const { page } = app();
  await page.setViewportSize({ width, height });
  await start(page).getByTestId('start-actors').waitFor();
  return page;
}

describe('opening view', () => {
  it('shows the three priorities, the key actors by degree, example questions, and no accessibility faults', async () => {
    const page = await sized(1280, 720);
    const priorities = start(page).getByTestId('start-priorities').getByRole('button');
    expect(await priorities.allTextContents()).toEqual([
      expect.stringContaining('Prioriteit 1'),
      expect.stringContaining('Prioriteit 2'),
      expect.stringContaining('Prioriteit 3'),
    ]);
    const actors = start(page).getByTestId('start-actors').getByRole('button');
    const names = await actors.allTextContents();
    expect(names.length).toBe(8);
    // Most connected first, as the service counts them: the counts shown never rise down the list.
    const counts = names.map((n) => Number(/(\d+) relaties/.exec(n)?.[1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(names.join(' ')).toMatch(/Europol/);
    expect(await start(page).getByTestId('start-questions').getByRole('button').count()).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'start-view-1280x720');
    expect(await seriousViolations(page, MODERATE_OR_WORSE)).toEqual([]);
    await page.setViewportSize({ width: 1024, height: 640 });
    await screenshot(page, 'start-view-1024x640');
  });

  it('answers "Hoe zijn Europol en Duitsland verbonden?" with paths in the analysis panel and on the canvas', async () => {
    const page = await sized(1280, 720);
    await question(page, /Europol en Duitsland/).click();
    const list = page.getByTestId('path-list');
    await list.waitFor({ timeout: 15_000 });
    const first = (await list.locator(':scope > li > button').first().textContent()) ?? '';
    expect(first).toMatch(/^Europol → .* → Duitsland$|^Europol → Duitsland$/);
    await waitForNode(page, 'europol');
    await waitForNode(page, 'germany');
    const state = await settled(page);
    expect(state.visibleNodes).toEqual(expect.arrayContaining(['europol', 'germany']));
    expect(await start(page).count()).toBe(0);
    await screenshot(page, 'start-question-path');
  });

  it('answers "Welke instrumenten richten zich op mensenhandel?" with a pattern of instruments', async () => {
    const page = await sized(1280, 720);
    await question(page, /instrumenten richten zich op mensenhandel/).click();
    const table = page.getByTestId('pattern-results');
    await table.waitFor({ timeout: 15_000 });
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row).toContain('Mensenhandel');
    expect(rows.join(' ')).toMatch(/Liaison officers/);
    await waitForNode(page, 'human-trafficking');
    await waitForNode(page, 'liaison-officers');
    await screenshot(page, 'start-question-pattern');
  });

  it('answers "Wat zegt de brief over liaisons?" by opening the node with its quotes', async () => {
    const page = await sized(1280, 720);
    await question(page, /over liaisons/).click();
    const panel = page.getByTestId('detail-panel');
    await expect
      .poll(async () => (await panel.getByRole('heading', { level: 2 }).textContent()) ?? '', { timeout: 15_000 })
      .toContain('Liaison officers');
    expect(await panel.getByTestId('citation-quote').first().textContent()).toMatch(/verbindingsofficieren/);
    await waitForNode(page, 'liaison-officers');
    expect((await settled(page)).selected).toContain('liaison-officers');
  });

  it('answers the border-regions question with priority 2’s lens', async () => {
    const page = await sized(1280, 720);
    await question(page, /prioriteit grensgebieden/).click();
    await waitForNode(page, 'priority-border-regions');
    const state = await settled(page);
    expect(state.visibleNodes).toEqual(expect.arrayContaining(['priority-border-regions', 'belgium', 'germany']));
    await expect.poll(() => page.getByTestId('lenses').getByRole('status').count()).toBe(1);
  });

  it('shows everything as an overview whose 30 most connected nodes have labels of 10 px or more', async () => {
    const page = await sized(1280, 720);
    await start(page).getByRole('button', { name: 'Alles tonen' }).click();
    await page.waitForFunction(() => (globalThis.__atlasCy?.nodes().length ?? 0) > 200, undefined, {
      timeout: 20_000,
    });
    await settled(page);
    // Key labels are restyled on the next animation frame after the fit.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const measured = await onCanvas(page, (cy) => {
      const zoom = cy.zoom();
      const width = cy.width();
      const height = cy.height();
      return {
        zoom,
        width,
        height,
        nodes: cy
          .nodes()
          .not('.hidden')
          .nodes()
          .map((n) => {
            const box = n.renderedBoundingBox({ includeLabels: true });
            const text = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
            return {
              text: { x1: text.x1, x2: text.x2, y1: text.y1, y2: text.y2 },
              id: n.id(),
              degree: n.degree(false),
              label: String(n.data('label')),
              px: parseFloat(String(n.style('font-size'))) * zoom,
              inView: box.x2 > 0 && box.x1 < width && box.y2 > 0 && box.y1 < height,
            };
          }),
      };
    });
    const byDegree = [...measured.nodes].sort((a, b) => b.degree - a.degree);
    // The 30th degree: nodes above it are the top 30 beyond doubt; ties at it may go either way.
    const cut = byDegree[29]?.degree ?? 0;
    const readable = measured.nodes.filter((n) => n.px >= 10);
    const overlaps = readable.flatMap((a, i) =>
      readable
        .slice(i + 1)
        .filter((b) => a.text.x1 < b.text.x2 && b.text.x1 < a.text.x2 && a.text.y1 < b.text.y2 && b.text.y1 < a.text.y2)
        .map((b) => `${a.id}/${b.id}`),
    );
    console.log(
      `overview at 1280×720: canvas ${String(measured.width)}×${String(measured.height)}, zoom ${measured.zoom.toFixed(3)}, ` +
        `${String(readable.length)} labels ≥ 10 px (smallest ${Math.min(...readable.map((n) => n.px)).toFixed(1)} px), ` +
        `ordinary labels ${(measured.zoom * 11).toFixed(1)} px (not drawn below 7 px); overlapping key labels: ${String(overlaps.length)} ${overlaps.join(' ')}`,
    );
    expect(readable.length).toBe(30);
    for (const node of byDegree.filter((n) => n.degree > cut))
      expect(node.px, `${node.id} (degree ${String(node.degree)}) label on screen`).toBeGreaterThanOrEqual(10);
    for (const node of readable) {
      expect(node.degree, `${node.id} is among the most connected`).toBeGreaterThanOrEqual(cut);
      expect(node.label.length, node.id).toBeGreaterThan(0);
      expect(node.inView, `${node.id} in view`).toBe(true);
    }
    // The rest steps back: an ordinary label at this zoom is below the size Cytoscape draws.
    expect(measured.zoom * 11).toBeLessThan(7);
    await screenshot(page, 'start-overview-1280x720');
    await page.setViewportSize({ width: 1024, height: 640 });
    await page.getByRole('button', { name: 'Passend maken' }).click();
    await settled(page);
    await screenshot(page, 'start-overview-1024x640');
  });

  it('opens the help panel from the toolbar and from the opening view, and returns the focus', async () => {
    const page = await sized(1280, 720);
    const toolbarHelp = page.getByTestId('help-open');
    await toolbarHelp.click();
    const panel = page.getByRole('dialog', { name: 'Hulp bij IPS Atlas' });
    await panel.waitFor();
    for (const heading of ['Wat de app doet', 'Een bronvermelding lezen', 'Statussen', 'Herkomst', 'Toetsenbord'])
      expect(await panel.getByRole('heading', { name: heading }).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('help-title');
    await screenshot(page, 'help-panel-1280x720');
    expect(await seriousViolations(page, MODERATE_OR_WORSE)).toEqual([]);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('help-open');

    await page.setViewportSize({ width: 1024, height: 640 });
    await start(page).getByTestId('start-help').click();
    await panel.waitFor();
    // At 1024×640 the panel fits the window and its close button is in view.
    const close = panel.getByRole('button', { name: 'Sluiten' });
    const box = await close.boundingBox();
    expect(box !== null && box.y >= 0 && box.y + box.height <= 640).toBe(true);
    await screenshot(page, 'help-panel-1024x640');
    await close.click();
    await panel.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('start-help');
  });
});
