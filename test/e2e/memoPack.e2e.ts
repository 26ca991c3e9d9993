// From a question to a memo pack, as an adviser would: look up Europol, press "Memopakket", and get one
// dated zip holding the picture, the briefing in Markdown and Word, and the source list. The zip is
// unzipped and each part read back; the time from the question to the saved pack is logged for the
// note (a figure, not a timed assertion).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { beforeEach, describe, expect, it } from 'vitest';
import { appPerTest } from './support/appPerTest';
import { screenshot } from './support/chromium';
import { EXPORTS_DIR } from './support/exportDriver';
import { openWithEuropol } from './support/explorerDriver';

const app = appPerTest();
let page: Page;

beforeEach(() => {
  ({ page } = app());
});

/** Today in The Hague, as the pack's name writes it. */
const today = (): string =>
  new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date());

describe('memo pack', () => {
  it('turns a question into one dated zip with picture, briefing and sources', async () => {
    const started = Date.now();
    await openWithEuropol(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('memo-pack').click(),
    ]);
    mkdirSync(EXPORTS_DIR, { recursive: true });
    const name = download.suggestedFilename();
    const path = join(EXPORTS_DIR, name);
    await download.saveAs(path);
    const seconds = (Date.now() - started) / 1000;
    console.log(`question → memo pack: ${seconds.toFixed(1)} s`);
    expect(name).toBe(`IPS-Atlas_Europol_${today()}.zip`);

    const files = unzipSync(new Uint8Array(readFileSync(path)));
    expect(Object.keys(files).sort()).toEqual(['1-netwerk.png', '2-briefing.docx', '2-briefing.md', '3-bronnen.md']);
    const png = PNG.sync.read(Buffer.from(files['1-netwerk.png'] ?? new Uint8Array()));
    expect(png.width).toBeGreaterThan(300);
    const md = strFromU8(files['2-briefing.md'] ?? new Uint8Array());
    expect(md).toContain('## Europol');
    expect(md).toContain('Reikwijdte: het zichtbare netwerk');
    expect(md).toMatch(/^ {0,2}> “.+” — \*/m);
    const docx = unzipSync(files['2-briefing.docx'] ?? new Uint8Array());
    expect(strFromU8(docx['word/document.xml'] ?? new Uint8Array())).toContain('Europol');
    const sources = strFromU8(files['3-bronnen.md'] ?? new Uint8Array());
    expect(sources).toMatch(/^# Bronnenlijst: /m);
    expect(sources).toMatch(/^> “.+”$/m);
    expect(sources).toContain('- onderbouwt: ');
    await expect.poll(() => page.getByTestId('snapshot-message').textContent()).toContain(name);
    await screenshot(page, 'memo-pack-1-done');
  });
});
