// The canvas's own controls in Chromium against browser mode: zoom buttons and fit, hover lighting up
// a neighbourhood, relation names on demand, box selection, pin and ego network from the context
// menu, relations expanded by kind, and the legend drawn from the canvas's style. Every test starts on
// its own fresh app with Europol and its neighbours on the canvas.
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { appPerTest } from './support/appPerTest';
import { onCanvas } from './support/atlasCy';
import { screenshot } from './support/chromium';
import { canvasState, nodeOnPage, openWithEuropol, settled } from './support/explorerDriver';
import { callApi } from './support/exportDriver';

const app = appPerTest();
let page: Page;

beforeEach(async () => {
  ({ page } = app());
  const start = await openWithEuropol(page);
  expect(start.visibleNodes.length).toBeGreaterThan(3);
});

/** Runs `read` on the page's Cytoscape instance (as an expression over the DevTools protocol: the app's CSP allows no eval). */
const cyRead = <T>(read: (cy: Core) => T): Promise<T> => onCanvas(page, read);

/** The toolbar's "show everything" (an empty canvas's start view offers one too). */
const showAll = () => page.getByRole('toolbar', { name: 'Weergave' }).getByRole('button', { name: 'Alles tonen' });

/** Whether every node's centre lies inside the part of the graph the canvas shows. */
const allNodesInView = (): Promise<boolean> =>
  cyRead((cy) => {
    const box = cy.extent();
    return cy
      .nodes()
      .toArray()
      .every((n) => {
        const p = n.position();
        return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
      });
  });

async function openMenu(id: string): Promise<void> {
  const at = await nodeOnPage(page, id);
  await page.mouse.click(at.x, at.y, { button: 'right' });
  await page.getByTestId('context-menu').waitFor();
}

describe('canvas controls', () => {
  it('zooms in and out with the buttons, and fits the picture', async () => {
    const start = await cyRead((cy) => cy.zoom());
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    expect(await cyRead((cy) => cy.zoom())).toBeCloseTo(start * 1.25, 2);
    await page.getByRole('button', { name: 'Uitzoomen' }).click();
    await page.getByRole('button', { name: 'Uitzoomen' }).click();
    expect(await cyRead((cy) => cy.zoom())).toBeLessThan(start);
    await page.getByRole('button', { name: 'Passend maken' }).click();
    expect(await allNodesInView()).toBe(true);
  });

  it('hovering a node lights up its neighbourhood and dims the rest', async () => {
    const at = await nodeOnPage(page, 'europol');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => cyRead((cy) => cy.elements('.faded').length)).toBeGreaterThan(0);
    expect(await cyRead((cy) => cy.getElementById('europol').hasClass('faded'))).toBe(false);
    await page.mouse.move(at.x + 2000, at.y);
    await page.mouse.move(5, 5);
    await expect.poll(() => cyRead((cy) => cy.elements('.faded').length)).toBe(0);
  });

  it('shows relation names on demand', async () => {
    await page.getByRole('checkbox', { name: 'Relatienamen' }).check();
    expect(
      await cyRead((cy) =>
        cy
          .edges()
          .toArray()
          .every((e) => e.hasClass('labelled')),
      ),
    ).toBe(true);
    await screenshot(page, 'explorer-canvas-labels');
    await page.getByRole('checkbox', { name: 'Relatienamen' }).uncheck();
    expect(await cyRead((cy) => cy.edges('.labelled').length)).toBe(0);
  });

  it('shift-drag selects every node in the box', async () => {
    const box = await page.getByTestId('graph-canvas').boundingBox();
    if (box === null) throw new Error('no canvas');
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x + 3, box.y + 3);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 3, box.y + box.height - 3, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const visible = (await canvasState(page)).visibleNodes.length;
    await expect
      .poll(async () => (await canvasState(page)).selected.filter((id) => !id.startsWith('edge:')).length)
      .toBe(visible);
  });

  it('pins a node from the context menu, so a re-layout leaves it in place; unpins it again', async () => {
    await openMenu('europol');
    await page.getByRole('menuitem', { name: 'Vastzetten' }).click();
    expect(await cyRead((cy) => cy.getElementById('europol').locked())).toBe(true);
    const pinnedAt = (await settled(page)).positions.europol;
    await page.getByRole('button', { name: 'Opnieuw schikken' }).click();
    expect((await settled(page)).positions.europol).toEqual(pinnedAt);
    await openMenu('europol');
    await page.getByRole('menuitem', { name: 'Losmaken' }).click();
    expect(await cyRead((cy) => cy.getElementById('europol').locked())).toBe(false);
  });

  it('expands by one relation kind only', async () => {
    const before = await settled(page);
    await openMenu('netherlands');
    await page.getByRole('menuitem', { name: 'Buren tonen per relatiesoort…' }).click();
    const kinds = page.getByTestId('context-menu').getByRole('menuitem');
    await expect.poll(() => kinds.count()).toBeGreaterThan(2);
    await page
      .getByTestId('context-menu')
      .getByRole('menuitem', { name: /^neemt deel aan/ })
      .click();
    await expect
      .poll(async () => (await canvasState(page)).visibleNodes.length)
      .toBeGreaterThan(before.visibleNodes.length);
  });

  it('shows only a node’s ego network (all its neighbours), and the view as it was when closed', async () => {
    const before = await settled(page);
    await openMenu('netherlands');
    await page.getByRole('menuitem', { name: 'Alleen het ego-netwerk tonen' }).click();
    await expect.poll(async () => (await canvasState(page)).hiddenNodes.length).toBeGreaterThan(0);
    const ego = await settled(page);
    const around = await cyRead((cy) =>
      cy
        .getElementById('netherlands')
        .closedNeighborhood()
        .nodes()
        .map((n) => n.id()),
    );
    expect(ego.visibleNodes).toContain('netherlands');
    expect(ego.visibleNodes.every((id) => around.includes(id))).toBe(true);
    await screenshot(page, 'explorer-canvas-ego');
    await page.getByRole('button', { name: 'Lens sluiten' }).click();
    expect([...(await settled(page)).visibleNodes].sort()).toEqual([...before.visibleNodes].sort());
  });

  it('draws the legend from the canvas’s own kinds and statuses', async () => {
    const legend = page.getByTestId('legend');
    const kinds = await legend
      .locator('li[data-kind]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')));
    const onCanvas = await cyRead((cy) => [
      ...new Set(
        cy
          .nodes()
          .not('.hidden')
          .map((n) => n.data('kind') as string),
      ),
    ]);
    expect([...kinds].sort()).toEqual([...onCanvas].sort());
    const colour = await legend.locator('li[data-kind="state"] path').getAttribute('fill');
    const canvasColour = await cyRead((cy) => cy.getElementById('netherlands').style('background-color') as string);
    expect(canvasColour).toBe('rgb(0,114,178)');
    expect(colour).toBe('#0072B2');
  });

  it('shows everything: next to nodes already placed those stay put; on an empty canvas the overview, fitted', async () => {
    const before = await settled(page);
    const { nodeCount: total } = await callApi<{ nodeCount: number }>(app().serve.url, 'graph.info', {});
    await showAll().click();
    await expect.poll(async () => (await canvasState(page)).visibleNodes.length, { timeout: 10_000 }).toBe(total);
    const after = await settled(page);
    for (const id of before.visibleNodes) expect(after.positions[id]).toEqual(before.positions[id]);
    expect(Object.values(after.positions).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    await screenshot(page, 'explorer-canvas-everything-added');

    await page.getByRole('button', { name: 'Netwerk leegmaken' }).click();
    await expect.poll(async () => (await canvasState(page)).visibleNodes.length).toBe(0);
    await showAll().click();
    await expect.poll(async () => (await canvasState(page)).visibleNodes.length, { timeout: 10_000 }).toBe(total);
    await settled(page);
    expect(await allNodesInView()).toBe(true);
    await screenshot(page, 'explorer-canvas-everything');
  });
});
