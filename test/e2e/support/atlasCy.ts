// The canvas's Cytoscape instance as tests and benchmarks reach it: a test build of the renderer
// (VITE_ATLAS_TEST=1, see testBuild.ts) puts it on `window.__atlasCy`. The global is declared here, once;
// `onCanvas` runs a function against it in the page and fails naming the handle when it is missing.
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';

declare global {
  // Set by GraphCanvas in test builds only.
  var __atlasCy: Core | undefined;
  // The last canvas signature `settled()` saw, kept in the page between its polls.
  var __atlasSettle: string | undefined;
}

export const MISSING_CY =
  'window.__atlasCy is not set: the canvas has not mounted, or the renderer is not a test build (VITE_ATLAS_TEST=1)';

/**
 * Runs `read(cy, arg)` in the page. `read` is sent as source text, so it may use only its arguments
 * and page globals; `arg` must survive JSON.
 */
export function onCanvas<T, A = undefined>(page: Page, read: (cy: Core, arg: A) => T, arg?: A): Promise<T> {
  const cy = `(globalThis.__atlasCy ?? (() => { throw new Error(${JSON.stringify(MISSING_CY)}); })())`;
  return page.evaluate<T>(`(${read.toString()})(${cy}, ${arg === undefined ? 'undefined' : JSON.stringify(arg)})`);
}
