// Each test its own app: one headless Chromium per file (starting it is the slow part), and for every
// test a freshly served app on its own data folder in a fresh browser context — no last view, saved
// view, language or selection carries over from another test, so any test can run alone.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchBrowser } from './chromium';
import { openApp, type OpenAppOptions, type OpenApp } from './openApp';

/** Registers the file's hooks; the returned function gives the running test's app. */
export function appPerTest(options: Omit<OpenAppOptions, 'browser'> = {}): () => OpenApp {
  let browser: Browser | undefined;
  let app: OpenApp | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (browser === undefined) throw new Error('the file’s Chromium did not start (see the beforeAll error)');
    app = await openApp({ ...options, browser });
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  return () => {
    if (app === undefined) throw new Error('no app is open: appPerTest() gives one inside a test only');
    return app;
  };
}
