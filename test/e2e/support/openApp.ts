// Every e2e file's start and end: browser mode served from a fresh data folder, a fresh headless
// Chromium, one page on the app, and a record of any request that leaves the app's own origin (the
// app is offline: there must be none).
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { startServe, type ServeProcess } from './serveProcess';

export interface OpenApp {
  readonly serve: ServeProcess;
  readonly browser: BrowserContext;
  readonly page: Page;
  /** URLs the page asked for outside the app's origin (data: and blob: URLs are the app's own). */
  readonly foreignRequests: readonly string[];
  close(): Promise<void>;
}

/** Starts the app; `goto: false` leaves the page blank, for a test that times or watches the first load. */
export async function openApp({ goto = true }: { goto?: boolean } = {}): Promise<OpenApp> {
  const serve = await startServe();
  const browser = await launchChromium();
  const page = await browser.newPage();
  // Transpilers may wrap named functions in an `__name` helper; functions run in the page need one.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(serve.origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreignRequests.push(url);
  });
  if (goto) await page.goto(serve.url);
  return {
    serve,
    browser,
    page,
    foreignRequests,
    close: async () => {
      await browser.close();
      await serve.stop();
    },
  };
}
