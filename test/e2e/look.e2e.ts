// The look, in Chromium against browser mode: the show-everything overview's key labels, measured as
// Cytoscape draws them, never overlap at 1280×800 or 1024×640; the legend sits on the canvas and says
// what each line style means; the toolbar is grouped by task with icons that have names in both
// languages. Screenshots go to artefacts/e2e/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest } from './support/appPerTest';
import { onCanvas } from './support/atlasCy';
import { screenshot } from './support/chromium';
import { openWithEuropol, settled } from './support/explorerDriver';
import { STATUS_LINE, svgDash } from '../../renderer/src/canvas/graphStyle';
import { STATUSES, type Status } from '../../shared/ontology';

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

describe('the legend on the canvas', () => {
  it('sits inside the canvas, says what each line style means as the canvas draws it, and folds away', async () => {
    const { page } = app();
    await page.setViewportSize({ width: 1280, height: 800 });
    await openWithEuropol(page);
    const legend = page.getByTestId('legend');
    // Folded at first beside the detail panel (the canvas is under 720×520 there): the user opens it.
    await legend.getByRole('button', { name: 'Legenda uitklappen' }).click();
    const [card, canvas] = await Promise.all([legend.boundingBox(), page.getByTestId('graph-canvas').boundingBox()]);
    if (card === null || canvas === null) throw new Error('the legend or the canvas is not drawn');
    expect(card.x).toBeGreaterThanOrEqual(canvas.x);
    expect(card.y).toBeGreaterThanOrEqual(canvas.y);
    expect(card.x + card.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
    expect(card.y + card.height).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
    expect(await page.getByRole('complementary', { name: 'Verkennen' }).getByTestId('legend').count()).toBe(0);

    // Each status on the canvas: drawn solid, dashed or dotted as STATUS_LINE says, and the legend's
    // line for it uses the same dash.
    const drawn = await onCanvas(page, (cy) =>
      cy
        .edges()
        .not('.hidden')
        .not('.editorial')
        .map((e) => ({ status: String(e.data('status')), style: String(e.style('line-style')) })),
    );
    const statuses = [...new Set(drawn.map((d) => d.status))];
    expect(statuses.length).toBeGreaterThanOrEqual(3);
    for (const { status, style } of drawn) {
      if (!(STATUSES as readonly string[]).includes(status)) throw new Error(`unknown status ${status}`);
      expect(style, status).toBe(STATUS_LINE[status as Status].style);
    }
    for (const status of statuses) {
      const line = legend.locator(`li[data-status="${status}"] line`);
      expect(await line.count(), status).toBe(1);
      expect((await line.getAttribute('stroke-dasharray')) ?? undefined, status).toBe(
        svgDash(STATUS_LINE[status as Status]),
      );
    }
    const words = await legend.locator('li[data-status]').allTextContents();
    expect(words.join(' ')).toMatch(/Van kracht/);

    await screenshot(page, 'look-legend-open-1280x800');
    const fold = legend.getByRole('button', { name: 'Legenda inklappen' });
    await fold.click();
    expect(await legend.locator('#legend-body').isHidden()).toBe(true);
    await legend.getByRole('button', { name: 'Legenda uitklappen' }).click();
    expect(await legend.locator('#legend-body').isVisible()).toBe(true);
  });

  it('starts folded on the whole-network overview, where it would cover the key labels', async () => {
    const { page } = app();
    await page.setViewportSize({ width: 1280, height: 800 });
    await overview(page);
    const toggle = page.getByTestId('legend').getByRole('button', { name: 'Legenda uitklappen' });
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('starts folded on a small canvas (the analysis drawer open at 1024×640), so it covers no path', async () => {
    const { page } = app();
    await page.setViewportSize({ width: 1024, height: 640 });
    await openWithEuropol(page);
    await page.getByTestId('analysis-toggle').click();
    await page.locator('#analysis-body').waitFor();
    const toggle = page.getByTestId('legend').getByRole('button', { name: 'Legenda uitklappen' });
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await screenshot(page, 'look-legend-folded-1024x640');
  });
});

interface Clearance {
  /** Nodes whose shape or label runs past the canvas's edge. */
  readonly cut: string[];
  /** Nodes whose shape or label lies under the legend card. */
  readonly covered: string[];
}

/** What the canvas draws against its edges and the legend card, on screen, with labels counted. */
async function clearance(page: Page): Promise<Clearance> {
  const card = await page.getByTestId('legend').evaluate((el) => {
    const r = el.getBoundingClientRect();
    const c = document.querySelector('[data-testid="graph-canvas"]')?.getBoundingClientRect();
    if (c === undefined) throw new Error('the canvas is not drawn');
    return { x1: r.left - c.left, y1: r.top - c.top, x2: r.right - c.left, y2: r.bottom - c.top };
  });
  return onCanvas(
    page,
    (cy, legend) => {
      const drawn = cy
        .nodes()
        .not('.hidden')
        .nodes()
        .map((n) => ({ id: n.id(), box: n.renderedBoundingBox({ includeLabels: true, includeOverlays: false }) }));
      return {
        cut: drawn
          .filter(({ box }) => box.x1 < -1 || box.y1 < -1 || box.x2 > cy.width() + 1 || box.y2 > cy.height() + 1)
          .map(({ id }) => id),
        covered: drawn
          .filter(({ box }) => box.x1 < legend.x2 && legend.x1 < box.x2 && box.y1 < legend.y2 && legend.y1 < box.y2)
          .map(({ id }) => id),
      };
    },
    card,
  );
}

describe('the fit around the legend card', () => {
  it('cuts no label at the canvas edge and puts nothing under the card, at 1280×800 and 1024×640', async () => {
    const { page } = app();
    for (const [width, height] of [
      [1280, 800],
      [1024, 640],
    ] as const) {
      await page.setViewportSize({ width, height });
      if (width === 1280) await openWithEuropol(page);
      else await page.getByRole('button', { name: 'Passend maken' }).click();
      await settled(page);
      await nextFrames(page);
      const seen = await clearance(page);
      console.log(
        `Europol ${String(width)}×${String(height)}: cut ${seen.cut.join(' ')}; covered ${seen.covered.join(' ')}`,
      );
      expect(seen).toEqual({ cut: [], covered: [] });
      await screenshot(page, `look-fit-legend-${String(width)}x${String(height)}`);
    }
    // Shrinking the window refits a view the user has not moved: nothing is cut by the narrower canvas.
    await page.setViewportSize({ width: 1280, height: 800 });
    await settled(page);
    await page.setViewportSize({ width: 1024, height: 640 });
    await settled(page);
    await nextFrames(page);
    expect(await clearance(page)).toEqual({ cut: [], covered: [] });
  });

  it('makes room for the card the user opens, and opens it again in the next session', async () => {
    const { page } = app();
    await page.setViewportSize({ width: 1280, height: 800 });
    await openWithEuropol(page);
    const legend = page.getByTestId('legend');
    await legend.getByRole('button', { name: 'Legenda uitklappen' }).click();
    await settled(page);
    await nextFrames(page);
    expect(await clearance(page)).toEqual({ cut: [], covered: [] });
    await screenshot(page, 'look-fit-legend-open-1280x800');

    await page.reload();
    await openWithEuropol(page);
    await expect.poll(() => legend.getByRole('button', { name: 'Legenda inklappen' }).count()).toBe(1);
    await settled(page);
    await nextFrames(page);
    expect(await clearance(page)).toEqual({ cut: [], covered: [] });
    // Folded, it stays folded the next time too.
    await legend.getByRole('button', { name: 'Legenda inklappen' }).click();
    await page.reload();
    await openWithEuropol(page);
    await expect.poll(() => legend.getByRole('button', { name: 'Legenda uitklappen' }).count()).toBe(1);
  });

  it('folds the card by itself when new content cannot be fitted around it (1024×640, detail panel open)', async () => {
    const { page } = app();
    await page.setViewportSize({ width: 1024, height: 640 });
    // The user left the legend open last time.
    await page.evaluate(() => localStorage.setItem('ips-atlas.legend.open', '1'));
    await page.reload();
    await openWithEuropol(page);
    const legend = page.getByTestId('legend');
    await expect.poll(() => legend.getByRole('button', { name: 'Legenda uitklappen' }).count()).toBe(1);
    await settled(page);
    await nextFrames(page);
    expect(await clearance(page)).toEqual({ cut: [], covered: [] });
    // Opened again by hand, it stays open: the user asked for it.
    await legend.getByRole('button', { name: 'Legenda uitklappen' }).click();
    await settled(page);
    expect(await legend.getByRole('button', { name: 'Legenda inklappen' }).count()).toBe(1);
  });
});

describe('the header', () => {
  it('groups its tools by task, and every tool has a name in Dutch and in English', async () => {
    const { page } = app();
    await page.setViewportSize({ width: 1280, height: 800 });
    const header = page.getByRole('banner');
    for (const [language, groups] of [
      ['nl', ['Zoeken', 'Weergave', 'Analyseren', 'Exporteren en delen']],
      ['en', ['Find', 'View', 'Analyse', 'Export and share']],
    ] as const) {
      if (language === 'en') await page.getByRole('button', { name: 'Switch to English' }).click();
      const names = await header
        .getByRole('toolbar')
        .evaluateAll((bars) => bars.map((bar) => bar.getAttribute('aria-label') ?? ''));
      expect(names.slice(0, 4)).toEqual(groups);
      const tools = await header.getByRole('button').evaluateAll((buttons) =>
        buttons.map((b) => ({
          name: (b.getAttribute('aria-label') ?? b.textContent).trim(),
          hasIcon: b.querySelector('svg.lucide') !== null,
        })),
      );
      for (const tool of tools) expect(tool.name.length, JSON.stringify(tool)).toBeGreaterThan(1);
      // The view, analyse and help tools carry lucide icons (the export tools are the export dialog's own).
      expect(tools.filter((t) => t.hasIcon).length).toBeGreaterThanOrEqual(7);
      await screenshot(page, `look-header-${language}`);
    }
    // A dialog opened from the header (it lives inside it in the DOM) is centred and keeps its words.
    await page.getByTestId('help-open').click();
    const help = page.getByTestId('help-panel');
    const box = await help.boundingBox();
    expect(box !== null && Math.abs(box.x + box.width / 2 - 640) < 2).toBe(true);
    const close = help.getByRole('button', { name: 'Close' });
    expect(await close.evaluate((b) => parseFloat(getComputedStyle(b).fontSize))).toBeGreaterThanOrEqual(12);
    await page.keyboard.press('Escape');
    expect(await header.getByRole('button', { name: 'Undo' }).count()).toBe(1);
    expect(await header.getByRole('button', { name: 'Show everything' }).count()).toBe(1);
  });
});
