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

/** Waits until node `id` is on the canvas (drawn or hidden); throws naming it after `timeoutMs`. */
export async function waitForNode(page: Page, id: string, timeoutMs = 15_000): Promise<void> {
  try {
    await page.waitForFunction((nodeId) => globalThis.__atlasCy?.getElementById(nodeId).nonempty() === true, id, {
      polling: 100,
      timeout: timeoutMs,
    });
  } catch (error) {
    throw new Error(`node ${id} did not reach the canvas within ${String(timeoutMs)} ms`, { cause: error });
  }
}

/**
 * A test's starting view: searches `text`, chooses the first suggestion matching `option` (Enter), waits
 * for node `id` and its neighbours to be laid out, and returns what the canvas shows.
 */
export async function openWithNode(page: Page, text: string, option: RegExp, id: string): Promise<CanvasState> {
  await searchAndAdd(page, text, option);
  await waitForNode(page, id);
  return settled(page);
}

/** The usual starting view: Europol and its neighbours, Europol selected. */
export const openWithEuropol = (page: Page): Promise<CanvasState> =>
  openWithNode(page, 'Europol', /^Europol\b/, 'europol');

/** Double-clicks node `id` (which expands it) and waits until more nodes are drawn and all settled. */
export async function expandNode(page: Page, id: string): Promise<CanvasState> {
  const before = await settled(page);
  const at = await nodeOnPage(page, id);
  await page.mouse.dblclick(at.x, at.y);
  try {
    await page.waitForFunction(
      (count) => (globalThis.__atlasCy?.nodes().filter((n) => !n.hasClass('hidden')).length ?? 0) > count,
      before.visibleNodes.length,
      { polling: 100, timeout: 15_000 },
    );
  } catch (error) {
    throw new Error(`double-clicking ${id} drew no new node within 15000 ms`, { cause: error });
  }
  return settled(page);
}

/**
 * Waits until a click on the canvas can no longer pair with the last one into a double click (Cytoscape
 * pairs clicks within `multiClickDebounceTime` of each other), as a user picking the next node at a
 * reader's pace would. Call `markTaps` before the first click.
 */
export async function outwaitDoubleClick(page: Page): Promise<void> {
  try {
    await page.waitForFunction(
      () => {
        const cy = globalThis.__atlasCy;
        if (cy === undefined) return false;
        const last = cy.scratch('e2eLastTap') as number | undefined;
        // Cytoscape's method; its type definitions know only the option of that name.
        const window = (cy as unknown as { multiClickDebounceTime: () => number }).multiClickDebounceTime();
        return last !== undefined && performance.now() - last > window;
      },
      undefined,
      { polling: 50, timeout: 5_000 },
    );
  } catch (error) {
    throw new Error(
      'no tap was recorded on the canvas (call markTaps first), or its double-click window never passed',
      {
        cause: error,
      },
    );
  }
}

/** Records the time of each tap on the canvas, for `outwaitDoubleClick`. */
export async function markTaps(page: Page): Promise<void> {
  await page.evaluate(() => {
    const cy = globalThis.__atlasCy;
    if (cy === undefined) throw new Error('window.__atlasCy is not set');
    cy.on('tap', () => void cy.scratch('e2eLastTap', performance.now()));
  });
}

/**
 * Waits until the node is the selected one: a search's Enter selects it a moment after the node is on
 * the canvas (at once, when it was there already), and Enter on the canvas expands the selection.
 */
export async function waitForSelected(page: Page, id: string, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction((nodeId) => globalThis.__atlasCy?.getElementById(nodeId).selected() === true, id, {
    polling: 100,
    timeout: timeoutMs,
  });
}

/**
 * Waits until the canvas holds exactly `count` nodes (drawn or hidden), or at least one when `count` is
 * 'some'; throws naming `why` and the count it last saw after `timeoutMs`.
 */
export async function waitForNodeCount(
  page: Page,
  count: number | 'some',
  why: string,
  timeoutMs = 15_000,
): Promise<void> {
  try {
    await page.waitForFunction(
      (want) => {
        const have = globalThis.__atlasCy?.nodes().length ?? 0;
        return want === 'some' ? have > 0 : have === want;
      },
      count,
      { polling: 100, timeout: timeoutMs },
    );
  } catch (error) {
    const seen = await page.evaluate(() => globalThis.__atlasCy?.nodes().length ?? 0).catch(() => NaN);
    throw new Error(
      `${why}: the canvas did not reach ${count === 'some' ? 'any' : String(count)} nodes within ${String(timeoutMs)} ms (it holds ${String(seen)})`,
      { cause: error },
    );
  }
}
