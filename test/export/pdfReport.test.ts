// The PDF one-pager read back by pdf.js (no poppler needed): page 1 painted to pixels is a non-blank A4
// page, and the text layer holds the title, the caption, the marking in header and footer, the dataset
// version and the quoted sources — Dutch letters intact, which proves the embedded font carries them.
import { readFileSync } from 'node:fs';
import { jsPDF } from 'jspdf';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { inkedPixels, readPdf, type RenderedPage } from '../support/pdfReadBack';
import { citedSources } from '../../renderer/src/export/formats/citedSources';
import { pdfReport, type PdfInput } from '../../renderer/src/export/formats/pdfReport';
import { fixtureDetails, fixtureGraph, INFO } from './exportFixtures';

const fontFile = (weight: string): string =>
  readFileSync(`node_modules/@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`).toString('base64');

/** A stand-in for the canvas picture: a white field with a blue disc. */
function picture(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      const inside = (x - width / 2) ** 2 + (y - height / 2) ** 2 < (height / 3) ** 2;
      png.data.set(inside ? [0, 114, 178, 255] : [255, 255, 255, 255], i);
    }
  return PNG.sync.write(png);
}

function input(overrides: Partial<PdfInput> = {}): PdfInput {
  const graph = fixtureGraph();
  return {
    title: 'Samenwerking met Duitsland en België',
    caption: 'Relaties van Nederland rond het Verdrag van Enschede, zoals de brief ze noemt.',
    marking: 'Departementaal vertrouwelijk',
    orientation: 'portrait',
    language: 'nl',
    picture: { png: picture(400, 300), width: 400, height: 300 },
    legend: { kinds: ['state', 'treaty', 'international-organisation'], statuses: ['in-force', 'planned'] },
    sources: citedSources(graph, fixtureDetails().edges, INFO),
    date: '3 maart 2026',
    datasetVersion: INFO.datasetVersion,
    fonts: { regular: fontFile('400Regular'), bold: fontFile('700Bold') },
    ...overrides,
  };
}

const bluePixels = (page: RenderedPage): number => {
  let count = 0;
  for (let i = 0; i < page.data.length; i += 4)
    if ((page.data[i] ?? 255) < 60 && (page.data[i + 2] ?? 0) > 140) count += 1;
  return count;
};

/** A4 in points: 210 × 297 mm. */
const A4 = { short: 595.28, long: 841.89 };

// Parsing and painting a PDF takes well under a second, but several seconds on a loaded machine; the
// default 5 s would make a busy CI flaky, and speed is the benchmarks' business, not this test's.
describe('PDF one-pager', { timeout: 30_000 }, () => {
  it('renders an A4 page that is not blank, with title, caption, marking, date, dataset and sources', async () => {
    const { text: flat, pages, firstPage } = await readPdf(pdfReport(input()));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.widthPt).toBeCloseTo(A4.short, 0);
    expect(pages[0]?.heightPt).toBeCloseTo(A4.long, 0);
    // A4 portrait at 40 dpi: 331 × 468 pixels.
    expect([firstPage.width, firstPage.height]).toEqual([331, 468]);
    expect(inkedPixels(firstPage)).toBeGreaterThan(1000);
    // The canvas picture itself is painted, not only the text: its blue disc shows.
    expect(bluePixels(firstPage)).toBeGreaterThan(200);
    expect(flat).toContain('Samenwerking met Duitsland en België');
    expect(flat).toContain('Relaties van Nederland rond het Verdrag van Enschede');
    expect(flat.match(/DEPARTEMENTAAL VERTROUWELIJK/g)?.length).toBe(2);
    expect(flat).toContain('Geëxporteerd op 3 maart 2026');
    expect(flat).toContain('Datasetversie 0123456789abcdef');
    expect(flat).toContain('Bronnen');
    expect(flat).toContain('Kamerbrief over de visie op internationale politiesamenwerking');
    expect(flat).toContain(
      'De samenwerking met Duitsland vindt haar basis in het in 2005 getekende Verdrag van Enschede',
    );
    expect(flat).toContain('Nederland is partij bij Verdrag van Enschede');
    expect(flat).toContain('Legenda');
    expect(flat).toContain('Verdrag, handvest of overeenkomst');
  });

  it('lays out landscape without a marking, in English', async () => {
    const { text, pages, firstPage } = await readPdf(
      pdfReport(input({ orientation: 'landscape', marking: '', language: 'en' })),
    );
    expect(pages[0]?.widthPt).toBeCloseTo(A4.long, 0);
    expect(pages[0]?.heightPt).toBeCloseTo(A4.short, 0);
    expect(firstPage.width).toBeGreaterThan(firstPage.height);
    expect(inkedPixels(firstPage)).toBeGreaterThan(1000);
    expect(text).not.toContain('VERTROUWELIJK');
    expect(text).toContain('Sources');
  });

  it('continues a long source list on further pages', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      quote: `Zin ${String(i)} van de brief, lang genoeg om een regel te vullen met woorden over samenwerking.`,
      relations: ['Nederland werkt samen met Duitsland'],
    }));
    const { pages, text } = await readPdf(pdfReport(input({ sources: [{ title: 'Kamerbrief', passages: many }] })));
    expect(pages.length).toBeGreaterThan(1);
    expect(text).toContain(`Pagina 1 van ${String(pages.length)}`);
    expect(pages.at(-1)?.text).toContain('Zin 59 van de brief');
  });

  it('reads a blank page as blank, so "not blank" above means something', async () => {
    const blank = new jsPDF({ format: 'a4' });
    const { pages, firstPage } = await readPdf(new Uint8Array(blank.output('arraybuffer')));
    expect(pages).toHaveLength(1);
    expect(inkedPixels(firstPage)).toBe(0);
  });
});
