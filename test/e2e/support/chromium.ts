// Launches the test Chromium (see test/support/chromiumPath.ts) through playwright-core, headless, with
// no background traffic and a fresh profile that is removed on close; saves screenshots under artefacts/
// (git-ignored).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
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

export async function launchChromium(): Promise<BrowserContext> {
  const { executablePath, args } = await resolveChromium();
  const profile = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...new Set([...args, ...FLAGS])],
    viewport: { width: 1400, height: 900 },
    deviceScaleFactor: 1,
  });
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
