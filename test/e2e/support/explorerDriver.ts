// Reads and drives the explorer's canvas from a test, the way a user would see it: which nodes and
// relations are drawn (not hidden), where, what is selected; clicks and drags at a node's place.
import type { Page } from 'playwright-core';
import './atlasCy';

export interface CanvasState {
  readonly visibleNodes: string[];
  readonly hiddenNodes: string[];
  readonly visibleEdges: { id: string; status: string }[];
  readonly selected: string[];
  readonly positions: Record<string, { x: number; y: number }>;
}

/** What the canvas shows now; empty while the canvas has not mounted. */
export function canvasState(page: Page): Promise<CanvasState> {
  return page.evaluate(() => {
    const cy = globalThis.__atlasCy;
    if (cy === undefined) return { visibleNodes: [], hiddenNodes: [], visibleEdges: [], selected: [], positions: {} };
    const shown = cy.elements().filter((el) => !el.hasClass('hidden'));
    return {
      visibleNodes: shown.nodes().map((n) => n.id()),
      hiddenNodes: cy.nodes('.hidden').map((n) => n.id()),
      visibleEdges: shown.edges().map((e) => ({ id: e.data('edgeId') as string, status: e.data('status') as string })),
      selected: cy.elements(':selected').map((el) => el.id()),
      positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
    };
  });
}

/** Where a node is drawn, in page coordinates. */
export async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  const rendered = await page.evaluate((nodeId) => {
    const cy = globalThis.__atlasCy;
    const node = cy?.getElementById(nodeId);
    return node === undefined || node.empty() ? null : node.renderedPosition();
  }, id);
  if (box === null || rendered === null) throw new Error(`node ${id} is not on the canvas`);
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}

export async function searchAndAdd(page: Page, text: string, option: RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: /Zoek|Search/ });
  await box.fill(text);
  await page.getByRole('option', { name: option }).first().waitFor();
  await box.press('Enter');
}

/**
 * Waits until the canvas has settled — no layout running, and nodes, positions, classes and selection
 * the same across two polls 100 ms apart — and returns what it shows. Throws, naming what did not
 * settle, after `timeoutMs`.
 */
export async function settled(page: Page, timeoutMs = 15_000): Promise<CanvasState> {
  await page.evaluate(() => {
    globalThis.__atlasSettle = undefined;
  });
  try {
    await page.waitForFunction(
      () => {
        const cy = globalThis.__atlasCy;
        const pending = document.querySelector('[data-testid="canvas-wrap"]')?.hasAttribute('data-layout-pending');
        if (cy === undefined || pending === true) {
          globalThis.__atlasSettle = undefined;
          return false;
        }
        const now = JSON.stringify(
          cy.elements().map((el) => [el.id(), el.classes(), el.selected(), el.isNode() ? el.position() : null]),
        );
        const same = globalThis.__atlasSettle === now;
        globalThis.__atlasSettle = now;
        return same;
      },
      undefined,
      { polling: 100, timeout: timeoutMs },
    );
  } catch (error) {
    const why = await page
      .evaluate(() =>
        globalThis.__atlasCy === undefined
          ? 'window.__atlasCy is not set (not a test build, or the canvas never mounted)'
          : document.querySelector('[data-testid="canvas-wrap"]')?.hasAttribute('data-layout-pending') === true
            ? 'a layout is still running'
            : 'nodes kept moving or changing',
      )
      .catch(() => 'the page is gone');
    throw new Error(`the canvas did not settle within ${String(timeoutMs)} ms: ${why}`, { cause: error });
  }
  return canvasState(page);
}
