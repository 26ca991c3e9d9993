// One app for a test: browser mode served from a fresh data folder, a fresh context (own storage) in a
// headless Chromium, one page on the app, and a record of any request that leaves the app's own origin
// (the app is offline: there must be none). Closing stops the server and removes its folder. Given the
// file's browser (see appPerTest.ts) it opens only a context in it; without one it launches its own.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newAppContext } from './chromium';
import { startServe, type ServeProcess } from './serveProcess';

export interface OpenApp {
  readonly serve: ServeProcess;
  /** The app's browser context (its storage, permissions and downloads are this app's alone). */
  readonly browser: BrowserContext;
  readonly page: Page;
  /** URLs the page asked for outside the app's origin (data: and blob: URLs are the app's own). */
  readonly foreignRequests: readonly string[];
  close(): Promise<void>;
}

export interface OpenAppOptions {
  /** The Chromium to open a context in; without it the app launches (and closes) its own. */
  readonly browser?: Browser;
  /** `false` leaves the page blank, for a test that times or watches the first load. */
  readonly goto?: boolean;
  /** Browser permissions granted to the app's origin, e.g. the clipboard. */
  readonly permissions?: readonly string[];
}

export async function openApp({ browser, goto = true, permissions = [] }: OpenAppOptions = {}): Promise<OpenApp> {
  const serve = await startServe();
  const chromium = browser ?? (await launchBrowser().catch(stopAndThrow(serve)));
  const owned = browser === undefined ? chromium : undefined;
  const context = await newAppContext(chromium).catch(stopAndThrow(serve, owned));
  const close = async (): Promise<void> => {
    await context.close();
    await owned?.close();
    await serve.stop();
  };
  try {
    if (permissions.length > 0) await context.grantPermissions([...permissions], { origin: serve.origin });
    const page = await context.newPage();
    // Transpilers may wrap named functions in an `__name` helper; functions run in the page need one.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const foreignRequests: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(serve.origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreignRequests.push(url);
    });
    if (goto) await page.goto(serve.url);
    if (goto) await appReady(page);
    return { serve, browser: context, page, foreignRequests, close };
  } catch (error) {
    await close();
    throw error;
  }
}

function stopAndThrow(serve: ServeProcess, owned?: Browser): (error: unknown) => Promise<never> {
  return async (error) => {
    await owned?.close();
    await serve.stop();
    throw error;
  };
}

/** Waits for the search box, the first thing the app draws; throws naming it (a blank page otherwise times out later). */
async function appReady(page: Page): Promise<void> {
  try {
    await page.getByRole('combobox', { name: /Zoek|Search/ }).waitFor({ timeout: 20_000 });
  } catch (error) {
    const shown = await page
      .evaluate(() => document.body.innerText.replace(/\s+/g, ' ').slice(0, 200))
      .catch(() => 'nothing (the page is gone)');
    throw new Error(
      `the app did not show its search box within 20000 ms of loading ${page.url()}; it shows: ${shown}`,
      {
        cause: error,
      },
    );
  }
}
