// Exports in Chromium against browser mode on the bundled dataset, the way an adviser makes them:
// put Europol on the canvas, open Export…, pick a format, download. Each file is read back: the PNG
// decoded (size follows the scale, pixels not blank), the SVG parsed (labels as text, same bytes
// twice), the PDF read back by pdf.js (title, marking, sources, a painted page 1), the briefing's .docx unzipped.
// Each test starts from its own fresh app.
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EdgeDetail } from '../../shared/contract';
import { inkedPixels, readPdf } from '../support/pdfReadBack';
import { appPerTest } from './support/appPerTest';
import { screenshot } from './support/chromium';
import { callApi, closeExportDialog, exportFile } from './support/exportDriver';
import { canvasState, openWithEuropol } from './support/explorerDriver';
import type { ServeProcess } from './support/serveProcess';

const app = appPerTest({ permissions: ['clipboard-read', 'clipboard-write'] });
let serve: ServeProcess;
let page: Page;

// Every test exports from its own fresh app showing Europol and its neighbours, Europol selected.
beforeEach(async () => {
  ({ serve, page } = app());
  await openWithEuropol(page);
});

const canvasSize = (): Promise<{ width: number; height: number }> =>
  page.evaluate(() => {
    const cy = globalThis.__atlasCy;
    return { width: cy?.width() ?? 0, height: cy?.height() ?? 0 };
  });

function coloured(png: PNG): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0, png.data[i + 3] ?? 0];
    if (a > 0 && (r < 200 || g < 200 || b < 200)) count += 1;
  }
  return count;
}

const setScale = async (dialog: ReturnType<Page['getByTestId']>, scale: number): Promise<void> => {
  await dialog.getByRole('slider').fill(String(scale));
};

/** The drawing alone, without caption band and legend (exportProgress.e2e covers those). */
const plain = async (dialog: ReturnType<Page['getByTestId']>): Promise<void> => {
  await dialog.getByRole('checkbox', { name: /Bijschriftband/ }).uncheck();
  await dialog.getByRole('checkbox', { name: /Legenda in de afbeelding/ }).uncheck();
};

describe('pictures of the current view', () => {
  it('downloads a PNG at 2× the canvas size, white, not blank', async () => {
    const size = await canvasSize();
    const file = await exportFile(
      page,
      /PNG/,
      async (d) => {
        await plain(d);
        await setScale(d, 2);
      },
      'view-2x.png',
    );
    expect(file.name).toMatch(/\.png$/);
    const png = PNG.sync.read(file.bytes);
    expect([png.width, png.height]).toEqual([Math.round(size.width * 2), Math.round(size.height * 2)]);
    expect(coloured(png)).toBeGreaterThan(2000);
    // White background: the corner is opaque white.
    expect([...png.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    await screenshot(page, 'export-1-dialog-png');
  });

  it('downloads a 1× PNG with a transparent background', async () => {
    const size = await canvasSize();
    const file = await exportFile(
      page,
      /PNG/,
      async (d) => {
        await plain(d);
        await setScale(d, 1);
        await d.getByRole('radio', { name: /Transparant/ }).check();
      },
      'view-1x-transparent.png',
    );
    const png = PNG.sync.read(file.bytes);
    expect([png.width, png.height]).toEqual([Math.round(size.width), Math.round(size.height)]);
    expect(png.data[3]).toBe(0);
    expect(coloured(png)).toBeGreaterThan(500);
  });

  it('copies the picture to the clipboard as a PNG', async () => {
    await page.getByTestId('export-open-dialog').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByRole('radio', { name: /PNG/ }).check();
    await dialog.getByRole('button', { name: /Kopieer afbeelding/ }).click();
    await expect.poll(() => page.getByTestId('export-status').textContent()).toContain('gekopieerd');
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item?.getType('image/png');
      return blob?.size ?? 0;
    });
    expect(copied).toBeGreaterThan(1000);
  });

  it('downloads an SVG with the labels as text, byte-identical twice', async () => {
    const first = await exportFile(page, /SVG/, () => Promise.resolve(), 'view-1.svg');
    const second = await exportFile(page, /SVG/, () => Promise.resolve(), 'view-2.svg');
    expect(second.bytes.equals(first.bytes)).toBe(true);
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, msg) => void errors.push(`${level} ${msg}`) }).parseFromString(
      first.bytes.toString('utf8'),
      'image/svg+xml',
    );
    expect(errors).toEqual([]);
    const texts = Array.from(doc.getElementsByTagName('text'), (t) => t.textContent ?? '').join(' ');
    expect(texts).toContain('Europol');
    expect(doc.getElementsByTagName('svg').length).toBe(1);
  });

  it('draws the labels the screen skips when zoomed far out', async () => {
    const before = await page.evaluate(() => {
      const cy = globalThis.__atlasCy;
      const viewport = { zoom: cy?.zoom() ?? 1, pan: { ...(cy?.pan() ?? { x: 0, y: 0 }) } };
      cy?.zoom({ level: 0.2, renderedPosition: { x: (cy.width() || 0) / 2, y: (cy.height() || 0) / 2 } });
      return viewport;
    });
    const file = await exportFile(page, /SVG/, () => Promise.resolve(), 'far-out.svg');
    expect(file.bytes.toString('utf8')).toMatch(/<text[^>]*>Europol<\/text>/);
    await page.evaluate((viewport) => {
      globalThis.__atlasCy?.viewport(viewport);
    }, before);
  });
});

describe('the PDF one-pager', () => {
  it('carries the title, caption, marking, legend and the quoted sources of the relations in view', async () => {
    const state = await canvasState(page);
    const file = await exportFile(
      page,
      /PDF/,
      async (d) => {
        await d.getByLabel('Titel').fill('Europol en de Nederlandse politie');
        await d.getByLabel('Onderschrift').fill('Relaties van Europol volgens de Kamerbrief.');
        await d.getByLabel(/Rubricering/).fill('Departementaal vertrouwelijk');
        await d.getByRole('radio', { name: 'Staand' }).check();
      },
      'europol.pdf',
    );
    expect(file.name).toBe('europol-en-de-nederlandse-politie.pdf');
    const { text, pages, firstPage } = await readPdf(file.bytes, { dpi: 50 });
    expect(pages.length).toBeGreaterThan(0);
    expect(pages[0]?.widthPt).toBeCloseTo(595.28, 0);
    expect(text).toContain('Europol en de Nederlandse politie');
    expect(text).toContain('Relaties van Europol volgens de Kamerbrief.');
    expect(text).toContain('DEPARTEMENTAAL VERTROUWELIJK');
    expect(text).toContain('Bronnen');
    expect(text).toContain('Legenda');
    const details = await callApi<{ edges: EdgeDetail[] }>(serve.url, 'graph.details', {
      edgeIds: state.visibleEdges.map((e) => e.id),
    });
    const quote = details.edges[0]?.citations[0]?.quote.replace(/\s+/g, ' ').slice(0, 40) ?? 'none';
    expect(text).toContain(quote);
    expect(inkedPixels(firstPage)).toBeGreaterThan(3000);
  });
});

describe('briefing text for the selection', () => {
  it('writes a Word document with the selected actor, its relations and their quotes', async () => {
    const file = await exportFile(page, /Word/, () => Promise.resolve(), 'briefing.docx');
    const xml = strFromU8(unzipSync(new Uint8Array(file.bytes))['word/document.xml'] ?? new Uint8Array());
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Europol');
    expect(text).toContain('Relaties');
    const europol = await callApi<{ edges: EdgeDetail[] }>(serve.url, 'graph.details', {
      edgeIds: (await canvasState(page)).visibleEdges.map((e) => e.id),
    });
    const cited = europol.edges.find((e) => e.source === 'europol' || e.target === 'europol');
    expect(text).toContain(
      (cited?.citations[0]?.quote ?? 'none').replace(/\s+/g, ' ').slice(0, 30).replace(/"/g, '&quot;'),
    );
  });

  it('writes Markdown too, and refuses the selection as scope when nothing is selected', async () => {
    const md = await exportFile(page, /Markdown/, () => Promise.resolve(), 'briefing.md');
    expect(md.bytes.toString('utf8')).toMatch(/^# .+\n/);
    expect(md.bytes.toString('utf8')).toContain('## Europol');
    await closeExportDialog(page);
    await page.keyboard.press('Escape');
    await page.getByTestId('graph-canvas').click({ position: { x: 5, y: 5 } });
    await expect.poll(async () => (await canvasState(page)).selected).toEqual([]);
    await page.getByTestId('export-open-dialog').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByRole('radio', { name: /Markdown/ }).check();
    // The briefing covers the visible network unless narrowed: narrowed to an empty selection, it refuses.
    await dialog.getByRole('radio', { name: 'De selectie' }).check();
    await dialog.getByRole('button', { name: 'Downloaden' }).click();
    await expect.poll(() => page.getByTestId('export-status').textContent()).toContain('Selecteer eerst');
    await screenshot(page, 'export-2-needs-selection');
    await closeExportDialog(page);
  });
});
