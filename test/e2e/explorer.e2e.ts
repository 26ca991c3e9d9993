// The explorer's main steps in Chromium against browser mode on the bundled dataset, each test on its
// own fresh app from the view it needs: search, expand, filter by status (selection kept), find a path
// from the context menu, undo/redo, drag (kept by later layouts), re-layout twice to the same picture,
// save a view and reload (the view is back), a lens, and the table in step with the canvas.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { appPerTest } from './support/appPerTest';
import { onCanvas } from './support/atlasCy';
import { screenshot } from './support/chromium';
import {
  canvasState,
  expandNode,
  nodeOnPage,
  openWithEuropol,
  searchAndAdd,
  settled,
  type CanvasState,
} from './support/explorerDriver';
import { callApi } from './support/exportDriver';

const app = appPerTest();
let page: Page;
beforeEach(() => {
  ({ page } = app());
});
const zoom = (): Promise<number> => onCanvas(page, (cy) => cy.zoom());

/** Unchecks every status but in force in the filter panel; returns the statuses it hid. */
async function hideAllButInForce(view: CanvasState): Promise<string[]> {
  const statuses = [...new Set(view.visibleEdges.filter((e) => e.status !== 'in-force').map((e) => e.status))];
  for (const status of statuses) await page.getByTestId('filters').locator(`input[data-status="${status}"]`).uncheck();
  return statuses;
}

const sorted = (ids: readonly string[]): string[] => [...ids].sort();

/** The node ids of the last view the service holds (what a reload restores). */
const lastSavedNodes = async (): Promise<string[]> => {
  const { last } = await callApi<{ last: { state: { nodeIds?: string[] } } | null }>(
    app().serve.url,
    'view.getLast',
    {},
  );
  return sorted(last?.state.nodeIds ?? []);
};

/** Pairs of visible nodes, one of them in `ids`, whose drawn boxes (shape and label) overlap. */
const overlapsOf = (ids: readonly string[]): Promise<string[]> =>
  onCanvas(
    page,
    (cy, fresh) => {
      const boxes = cy
        .nodes()
        .filter((n) => !n.hasClass('hidden'))
        .map((n) => ({ id: n.id(), b: n.boundingBox({ includeLabels: true, includeOverlays: false }) }));
      const pairs: string[] = [];
      for (const a of boxes)
        for (const b of boxes)
          if (a.id < b.id && (fresh.includes(a.id) || fresh.includes(b.id)))
            if (a.b.x1 < b.b.x2 && b.b.x1 < a.b.x2 && a.b.y1 < b.b.y2 && b.b.y1 < a.b.y2) pairs.push(`${a.id}×${b.id}`);
      return pairs;
    },
    ids,
  );

describe('explorer journey (browser mode)', () => {
  it('search puts Europol and its neighbours on the canvas, laid out and selected', async () => {
    await searchAndAdd(page, 'Europol', /^Europol\b/);
    await expect.poll(async () => (await canvasState(page)).visibleNodes, { timeout: 10_000 }).toContain('europol');
    const state = await settled(page);
    expect(state.visibleNodes.length).toBeGreaterThan(3);
    expect(state.selected).toEqual(['europol']);
    // Laid out: not all on one spot.
    const xs = new Set(Object.values(state.positions).map((p) => Math.round(p.x)));
    expect(xs.size).toBeGreaterThan(2);
    await screenshot(page, 'explorer-1-search');
  });

  it('double-click on a neighbour expands it', async () => {
    const before = await openWithEuropol(page);
    const at = await nodeOnPage(page, 'netherlands');
    await page.mouse.dblclick(at.x, at.y);
    await expect
      .poll(async () => (await canvasState(page)).visibleNodes.length)
      .toBeGreaterThan(before.visibleNodes.length);
    const after = await settled(page);
    // Nodes that stood somewhere stay there: only the new ones were placed.
    for (const id of before.visibleNodes) expect(after.positions[id]).toEqual(before.positions[id]);
    // The double-clicked node is the one selected and shown in the panel.
    expect(after.selected).toEqual(['netherlands']);
    const panelHeading = page.getByTestId('detail-panel').getByRole('heading').first();
    await expect.poll(async () => (await panelHeading.textContent())?.trim()).toBe('Nederland');
    // No new node, label included, is drawn over another node as the canvas draws them.
    const newIds = after.visibleNodes.filter((id) => !before.visibleNodes.includes(id));
    expect(await overlapsOf(newIds)).toEqual([]);
    await screenshot(page, 'explorer-2-expand');
  });

  it('filtering by status hides those relations and keeps the selection', async () => {
    await openWithEuropol(page);
    await expandNode(page, 'netherlands');
    const at = await nodeOnPage(page, 'netherlands');
    await page.mouse.click(at.x, at.y);
    await expect.poll(async () => (await canvasState(page)).selected).toEqual(['netherlands']);
    const before = await canvasState(page);
    expect(before.visibleEdges.filter((e) => e.status !== 'in-force').length).toBeGreaterThan(0);
    await hideAllButInForce(before);
    const after = await settled(page);
    expect(after.visibleEdges.every((e) => e.status === 'in-force')).toBe(true);
    expect(after.selected).toEqual(['netherlands']);
    expect(after.positions).toEqual(before.positions);
    expect(await page.getByTestId('detail-panel').getByRole('heading', { level: 2 }).textContent()).toContain(
      'Nederland',
    );
    await screenshot(page, 'explorer-3-filtered');
  });

  it('"find path to…" in the context menu opens the path search from that node', async () => {
    await openWithEuropol(page);
    const at = await nodeOnPage(page, 'europol');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const menu = page.getByTestId('context-menu');
    await menu.waitFor();
    await menu.getByRole('menuitem', { name: 'Pad zoeken naar…' }).click();
    await expect.poll(() => page.getByTestId('path-from').textContent()).toContain('Europol');
    const to = page.getByTestId('path-to').getByRole('combobox');
    await to.fill('Duitsland');
    await page
      .getByTestId('path-to')
      .getByRole('option', { name: /Duitsland/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Zoek paden' }).click();
    await page.getByTestId('path-text').waitFor();
    expect(await page.getByTestId('path-text').textContent()).toContain('Duitsland');
    await screenshot(page, 'explorer-4-path');
    await page.getByRole('button', { name: 'Analyse sluiten' }).click();
  });

  it('undo (Ctrl+Z) brings the filtered relations back, redo hides them again', async () => {
    await openWithEuropol(page);
    const hidden = await hideAllButInForce(await expandNode(page, 'netherlands'));
    expect(hidden.length).toBeGreaterThan(0);
    let state = await settled(page);
    expect(state.visibleEdges.every((e) => e.status === 'in-force')).toBe(true);
    await page.getByTestId('graph-canvas').focus();
    // Each status filter is its own step: undo until a filtered relation is back.
    for (let i = 0; i < hidden.length && state.visibleEdges.every((e) => e.status === 'in-force'); i += 1) {
      await page.keyboard.press('Control+z');
      state = await settled(page);
    }
    expect(state.visibleEdges.some((e) => e.status !== 'in-force')).toBe(true);
    await page.getByRole('button', { name: /Opnieuw$/ }).click();
    expect((await settled(page)).visibleEdges.every((e) => e.status === 'in-force')).toBe(true);
    await page.keyboard.press('Control+z');
    await settled(page);
  });

  it('a dragged node stays where it was put when more nodes are added', async () => {
    await openWithEuropol(page);
    const from = await nodeOnPage(page, 'europol');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 5 });
    await page.mouse.up();
    const dragged = (await settled(page)).positions.europol;
    await searchAndAdd(page, 'Interpol', /INTERPOL/i);
    await expect.poll(async () => (await canvasState(page)).visibleNodes).toContain('interpol');
    expect((await settled(page)).positions.europol).toEqual(dragged);
  });

  it('lays out the same view the same way twice', async () => {
    await openWithEuropol(page);
    await expandNode(page, 'netherlands');
    const relayout = page.getByRole('button', { name: 'Opnieuw schikken' });
    await relayout.click();
    const first = (await settled(page)).positions;
    await relayout.click();
    const second = (await settled(page)).positions;
    expect(second).toEqual(first);
    await page.getByRole('radio', { name: 'Hiërarchisch' }).check();
    const hierarchical = (await settled(page)).positions;
    expect(hierarchical).not.toEqual(first);
    await screenshot(page, 'explorer-5-hierarchical');
  });

  it('saves the view under a name; after a reload the last view is back, and the saved one opens', async () => {
    await openWithEuropol(page);
    await expandNode(page, 'netherlands');
    await page.getByRole('radio', { name: 'Hiërarchisch' }).check();
    await settled(page);
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    const savedZoom = await zoom();
    const views = page.getByTestId('saved-views');
    await views.getByRole('textbox').fill('Grensoverleg');
    await views.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => views.getByRole('button', { name: 'Open Grensoverleg' }).count()).toBe(1);
    expect(await page.getByTestId('notice').textContent()).toContain('Grensoverleg');
    const beforeReload = await settled(page);
    // The last view is saved debounced: reload once the service holds this very view.
    await expect
      .poll(() => lastSavedNodes(), { timeout: 10_000, message: 'the autosaved last view never matched the canvas' })
      .toEqual(sorted([...beforeReload.visibleNodes, ...beforeReload.hiddenNodes]));
    await page.reload();
    await expect
      .poll(async () => sorted((await canvasState(page)).visibleNodes), { timeout: 10_000 })
      .toEqual(sorted(beforeReload.visibleNodes));
    const restored = await settled(page);
    for (const id of beforeReload.visibleNodes) {
      expect(restored.positions[id]?.x).toBeCloseTo(beforeReload.positions[id]?.x ?? NaN, 0);
      expect(restored.positions[id]?.y).toBeCloseTo(beforeReload.positions[id]?.y ?? NaN, 0);
    }
    expect(await page.getByRole('radio', { name: 'Hiërarchisch' }).isChecked()).toBe(true);
    // Framed as it was left: the zoom came back too (saved as the page closed).
    await expect.poll(() => zoom(), { timeout: 5_000 }).toBeCloseTo(savedZoom, 3);
    await page.getByRole('button', { name: 'Passend maken' }).click();
    await views.getByRole('button', { name: 'Open Grensoverleg' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain('Grensoverleg');
    expect(sorted((await settled(page)).visibleNodes)).toEqual(sorted(beforeReload.visibleNodes));
    await expect.poll(() => zoom(), { timeout: 5_000 }).toBeCloseTo(savedZoom, 3);
    await screenshot(page, 'explorer-6-restored');
  });

  it('a priority lens shows the priority, its links and one hop further, and closes again', async () => {
    await openWithEuropol(page);
    const before = await expandNode(page, 'netherlands');
    const lenses = page.getByTestId('lenses');
    await lenses.getByRole('button', { name: /Prioriteit 2/ }).click();
    await expect.poll(async () => (await canvasState(page)).visibleNodes).toContain('priority-border-regions');
    const lens = await settled(page);
    expect(lens.visibleNodes).toContain('belgium');
    expect(lens.visibleNodes).toContain('germany');
    expect(lens.visibleNodes.length).toBeGreaterThan(8);
    await screenshot(page, 'explorer-7-lens');
    await lenses.getByRole('button', { name: 'Lens sluiten' }).click();
    expect(sorted((await settled(page)).visibleNodes)).toEqual(sorted(before.visibleNodes));
  });

  it('the table lists what the canvas shows and selects in step with it', async () => {
    await openWithEuropol(page);
    await expandNode(page, 'netherlands');
    // Nothing selected to start with, so the selection is exactly what the table and the canvas add.
    await page.getByTestId('graph-canvas').click({ position: { x: 5, y: 5 } });
    await expect.poll(async () => (await canvasState(page)).selected).toEqual([]);
    await page.getByRole('tab', { name: 'Tabel' }).click();
    const table = page.getByTestId('table-view');
    const state = await canvasState(page);
    await expect.poll(() => table.locator('table').first().locator('tbody tr').count()).toBe(state.visibleNodes.length);
    await table.getByRole('checkbox', { name: 'Selecteer Duitsland', exact: true }).check();
    await expect.poll(async () => (await canvasState(page)).selected).toContain('germany');
    await page.getByRole('tab', { name: 'Netwerk' }).click();
    const at = await nodeOnPage(page, 'belgium');
    await page.keyboard.down('Shift');
    await page.mouse.click(at.x, at.y);
    await page.keyboard.up('Shift');
    await expect.poll(async () => sorted((await canvasState(page)).selected)).toEqual(['belgium', 'germany']);
    await page.getByRole('tab', { name: 'Tabel' }).click();
    expect(await table.getByRole('checkbox', { name: 'Selecteer België', exact: true }).isChecked()).toBe(true);
    await screenshot(page, 'explorer-8-table');
    await page.getByRole('tab', { name: 'Netwerk' }).click();
  });
});
