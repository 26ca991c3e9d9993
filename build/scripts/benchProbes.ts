// The benchmark's measurements, each taken inside the page with performance.now() so the
// test driver's own round trips do not count: the app's work from a user's action to the picture.
import type { Page } from 'playwright-core';

// `window.__atlasCy` (the canvas's Cytoscape, in test builds) is declared once, for tests and benchmarks.
import '../../test/e2e/support/atlasCy';
import { settled, waitForNodeCount } from '../../test/e2e/support/explorerDriver';

/** Where the canvas reports its layout runs (the wrapper around Cytoscape's container). */
const canvasSelector = '[data-testid="canvas-wrap"]';

/** Calls the contract from the page, as the app does, with the session's token. */
async function call(page: Page, method: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ([m, body]) => {
      const token = sessionStorage.getItem('ips-atlas-token') ?? '';
      const response = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ips-atlas-token': token },
        body: JSON.stringify(body),
      });
      return ((await response.json()) as { value: unknown }).value;
    },
    [method, input] as const,
  );
}

function layoutCount(page: Page): Promise<number> {
  return page.evaluate(
    (selector) => Number(document.querySelector(selector)?.getAttribute('data-layout-count') ?? '0'),
    canvasSelector,
  );
}

export const pageProbes = {
  /** Saves an unreadable last view, so the next start shows an empty canvas. */
  async forgetLastView(page: Page): Promise<void> {
    await call(page, 'view.saveLast', { state: {} });
  },

  async blankPageLoad(page: Page): Promise<number> {
    const started = Date.now();
    await page.goto('data:text/html,<!doctype html><title>blank</title><p>blank</p>');
    return Date.now() - started;
  },

  /** Navigation start → "show everything" → every node drawn and placed (no layout run pending), in page time. */
  async loadEverything(page: Page): Promise<number> {
    const { nodeCount } = (await call(page, 'graph.info', {})) as { nodeCount: number };
    await page.reload();
    // The explorer panel and an empty canvas's start view both offer it; they run the same action.
    await page
      .getByRole('button', { name: /Alles tonen|Show everything/ })
      .first()
      .click();
    return page.evaluate(
      ([selector, expected]) =>
        new Promise<number>((resolve, reject) => {
          const deadline = performance.now() + 300_000;
          const tick = (): void => {
            const box = document.querySelector(selector);
            const drawn = (globalThis.__atlasCy?.nodes().length ?? 0) >= Math.min(expected, 5000);
            if (drawn && box?.getAttribute('data-layout-pending') === null) {
              requestAnimationFrame(() => resolve(performance.now()));
            } else if (performance.now() > deadline)
              reject(new Error(`"show everything" did not draw and place ${String(expected)} nodes within 300 s`));
            else requestAnimationFrame(tick);
          };
          tick();
        }),
      [canvasSelector, nodeCount] as const,
    );
  },

  /** The user asks for a re-layout: the layout run's own time, as the canvas records it. */
  async relayout(page: Page): Promise<number> {
    const before = await layoutCount(page);
    await page.getByRole('button', { name: /Opnieuw schikken|Re-layout/ }).click();
    await page
      .waitForFunction(
        ([selector, count]) => Number(document.querySelector(selector)?.getAttribute('data-layout-count')) > count,
        [canvasSelector, before] as const,
        { timeout: 120_000 },
      )
      .catch((error: unknown) => {
        throw new Error('re-layout: the canvas recorded no new layout run within 120 s', { cause: error });
      });
    return page.evaluate(
      (selector) => Number(document.querySelector(selector)?.getAttribute('data-layout-ms')),
      canvasSelector,
    );
  },

  async noopCall(page: Page): Promise<number> {
    return page.evaluate(async () => {
      const token = sessionStorage.getItem('ips-atlas-token') ?? '';
      const started = performance.now();
      await fetch('/api/graph.info', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ips-atlas-token': token },
        body: '{}',
      });
      return performance.now() - started;
    });
  },

  /** Double-click a node that has neighbours not yet shown → they are drawn and placed. */
  async expand(page: Page, run: number): Promise<number> {
    if ((await page.evaluate(() => globalThis.__atlasCy?.nodes().length ?? 0)) === 0) {
      await page.getByRole('combobox', { name: /Zoek|Search/ }).fill('Europol');
      await page.getByRole('option').first().waitFor();
      await page.getByRole('combobox', { name: /Zoek|Search/ }).press('Enter');
      await waitForNodeCount(page, 'some', 'searching Europol before the first expansion');
      await settled(page);
    }
    const shown = new Set(await page.evaluate(() => globalThis.__atlasCy?.nodes().map((n) => n.id()) ?? []));
    const candidates: string[] = [];
    for (const id of [...shown].sort()) {
      const hood = (await call(page, 'node.neighbours', { id, limit: 200 })) as { nodes: { id: string }[] };
      if (hood.nodes.some((n) => !shown.has(n.id))) candidates.push(id);
    }
    const target = candidates[run % Math.max(1, candidates.length)];
    if (target === undefined) throw new Error('no node left to expand');
    const before = await layoutCount(page);
    // Timed from the second mouse-up of a real double-click (what Cytoscape turns into dbltap).
    await page.evaluate(
      ([selector, count]) => {
        const box = document.querySelector(selector);
        let ups = 0;
        (globalThis as unknown as { benchExpand?: Promise<number> }).benchExpand = new Promise<number>(
          (resolve, reject) => {
            box?.addEventListener(
              'mouseup',
              (event) => {
                ups += 1;
                if (ups !== 2) return;
                const started = event.timeStamp;
                const tick = (): void => {
                  if (Number(box.getAttribute('data-layout-count')) > count)
                    requestAnimationFrame(() => resolve(performance.now() - started));
                  else if (performance.now() - started > 120_000)
                    reject(new Error('expand: no layout ran within 120 s of the double click'));
                  else requestAnimationFrame(tick);
                };
                tick();
              },
              { capture: true },
            );
          },
        );
      },
      [canvasSelector, before] as const,
    );
    const at = await page.evaluate((id) => {
      const node = (
        globalThis.__atlasCy as unknown as {
          getElementById(i: string): { renderedPosition(): { x: number; y: number } };
        }
      ).getElementById(id);
      const box = document.querySelector('[data-testid="graph-canvas"]')?.getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: (box?.x ?? 0) + p.x, y: (box?.y ?? 0) + p.y };
    }, target);
    await page.mouse.dblclick(at.x, at.y);
    const elapsed = await page.evaluate(() => (globalThis as unknown as { benchExpand: Promise<number> }).benchExpand);
    // Back to the same canvas for the next run: the nodes shown before, laid out and still.
    await page.getByRole('button', { name: /Ongedaan maken|Undo/ }).click();
    await waitForNodeCount(page, shown.size, `undoing the expansion of ${target}`);
    await settled(page);
    return elapsed;
  },

  /** Text typed into the search box → its suggestions on screen. */
  async keystroke(page: Page, run: number): Promise<number> {
    const queries = ['Europ', 'Inter', 'Duits', 'Belgi', 'Schen', 'Neder', 'Polit', 'Crimi', 'Verdr', 'Liais'];
    const query = queries[run % queries.length] ?? 'Europ';
    const box = page.getByRole('combobox', { name: /Zoek|Search/ });
    await box.fill('');
    await box.focus();
    return page.evaluate(
      (text) =>
        new Promise<number>((resolve) => {
          const input = document.querySelector<HTMLInputElement>('input[role="combobox"]');
          if (input === null) throw new Error('no search box');
          const observer = new MutationObserver(() => {
            const option = document.querySelector('[role="listbox"] [role="option"]');
            if (option !== null && input.getAttribute('aria-expanded') === 'true') {
              observer.disconnect();
              resolve(performance.now() - started);
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
          const started = performance.now();
          // The prototype's setter, as typing does, so React sees a change.
          Reflect.set(HTMLInputElement.prototype, 'value', text, input);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      query,
    );
  },

  /** Median time between frames over two seconds, while panning and zooming (or idle). */
  async frameTimes(page: Page, moving: boolean): Promise<number> {
    return page.evaluate(
      (isMoving) =>
        new Promise<number>((resolve) => {
          const cy = globalThis.__atlasCy;
          cy?.fit();
          const base = cy?.zoom() ?? 1;
          const stamps: number[] = [];
          const step = (now: number): void => {
            stamps.push(now);
            if (isMoving && cy !== undefined) {
              const i = stamps.length;
              cy.panBy({ x: Math.sin(i / 10) * 12, y: Math.cos(i / 10) * 12 });
              cy.zoom({
                level: base * (1 + 0.3 * Math.sin(i / 15)),
                renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
              });
            }
            if (now - (stamps[0] ?? now) < 2000) requestAnimationFrame(step);
            else {
              const deltas = stamps.slice(1).map((t, i) => t - (stamps[i] ?? t));
              deltas.sort((a, b) => a - b);
              resolve(deltas[Math.floor(deltas.length / 2)] ?? NaN);
            }
          };
          requestAnimationFrame(step);
        }),
      moving,
    );
  },
};
