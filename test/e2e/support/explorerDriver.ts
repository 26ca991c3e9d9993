// Reads and drives the explorer's canvas from a test, the way a user would see it: which nodes and
// relations are drawn (not hidden), where, what is selected; clicks and drags at a node's place.
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';

export interface CanvasState {
  readonly visibleNodes: string[];
  readonly hiddenNodes: string[];
  readonly visibleEdges: { id: string; status: string }[];
  readonly selected: string[];
  readonly positions: Record<string, { x: number; y: number }>;
}

export function canvasState(page: Page): Promise<CanvasState> {
  return page.evaluate(() => {
    const cy = (globalThis as unknown as { __atlasCy?: Core }).__atlasCy;
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
    const cy = (globalThis as unknown as { __atlasCy?: Core }).__atlasCy;
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

/** Waits until the canvas has settled: no node without a position, and the state stops changing. */
export async function settled(page: Page): Promise<CanvasState> {
  let last = JSON.stringify(await canvasState(page));
  for (let i = 0; i < 40; i += 1) {
    await page.waitForTimeout(100);
    const next = JSON.stringify(await canvasState(page));
    if (next === last) return JSON.parse(next) as CanvasState;
    last = next;
  }
  return JSON.parse(last) as CanvasState;
}
