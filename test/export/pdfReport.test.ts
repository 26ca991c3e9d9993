// The PDF one-pager rendered by poppler: pdftoppm gives a non-blank A4 page, and pdftotext finds the
// title, the caption, the marking in header and footer, the dataset version and the quoted sources —
// Dutch letters intact, which proves the embedded font carries them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
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

function render(pdf: Uint8Array): { text: string; page: PNG; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-pdf-'));
  const file = join(dir, 'export.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '40', '-png', '-f', '1', '-l', '1', file, join(dir, 'page')]);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
  return { text, page: PNG.sync.read(readFileSync(join(dir, 'page-1.png'))), pages };
}

const nonWhite = (png: PNG): number => {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) if ((png.data[i] ?? 255) < 200) count += 1;
  return count;
};

describe('PDF one-pager', () => {
  it('renders an A4 page that is not blank, with title, caption, marking, date, dataset and sources', () => {
    const { text, page, pages } = render(pdfReport(input()));
    expect(pages).toBe(1);
    // A4 portrait at 40 dpi: 331 × 468 pixels.
    expect([page.width, page.height]).toEqual([331, 468]);
    expect(nonWhite(page)).toBeGreaterThan(1000);
    const flat = text.replace(/\s+/g, ' ');
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

  it('lays out landscape without a marking, in English', () => {
    const { text, page } = render(pdfReport(input({ orientation: 'landscape', marking: '', language: 'en' })));
    expect(page.width).toBeGreaterThan(page.height);
    expect(text).not.toContain('VERTROUWELIJK');
    expect(text).toContain('Sources');
  });

  it('continues a long source list on further pages', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      quote: `Zin ${String(i)} van de brief, lang genoeg om een regel te vullen met woorden over samenwerking.`,
      relations: ['Nederland werkt samen met Duitsland'],
    }));
    const { pages, text } = render(pdfReport(input({ sources: [{ title: 'Kamerbrief', passages: many }] })));
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain('Pagina 1 van');
  });
});
