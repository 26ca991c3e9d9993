// Launches the test Chromium (see test/support/chromiumPath.ts) through playwright-core, headless, with
// no background traffic: either one browser whose contexts are each a fresh in-memory profile (the e2e
// tests, one context per test) or one persistent context on a temp profile removed on close (benches,
// the storage-notice test); saves screenshots under artefacts/ (git-ignored).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { resolveChromium } from '../../support/chromiumPath';

export const ARTEFACTS_DIR = 'artefacts/e2e';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-quic',
];

const VIEW = { viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 } as const;

async function launchOptions(): Promise<{ executablePath: string; headless: true; args: string[] }> {
  const { executablePath, args } = await resolveChromium();
  return { executablePath, headless: true, args: [...new Set([...args, ...FLAGS])] };
}

/** One headless Chromium with no profile on disk; each `newAppContext` in it starts with empty storage. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(await launchOptions());
}

export function newAppContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext(VIEW);
}

export async function launchChromium(): Promise<BrowserContext> {
  const options = await launchOptions();
  const profile = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { ...options, ...VIEW });
  // Chromium may still be writing its profile as the context reports closed: retry, and never throw here.
  context.once('close', () => {
    rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch((error: unknown) => {
      console.warn(`could not remove the Chromium profile ${profile}: ${String(error)}`);
    });
  });
  return context;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTEFACTS_DIR, { recursive: true });
  const path = join(ARTEFACTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
