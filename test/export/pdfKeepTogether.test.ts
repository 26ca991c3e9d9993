// The PDF report across page breaks, read back by pdf.js: every quoted passage stands on the same
// page as the relations it supports, however the list falls across pages.
import { describe, expect, it } from 'vitest';
import { pdfReport } from '../../renderer/src/export/formats/pdfReport';
import { PDF_FONTS } from '../../renderer/src/export/pdfFonts';
import { readPdf } from '../support/pdfReadBack';

const PICTURE = (() => {
  // A 1×1 white PNG: the test is about the source list, not the picture.
  const base64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';
  return Uint8Array.from(Buffer.from(base64, 'base64'));
})();

describe('PDF source list across pages', () => {
  it('keeps each quote on the page of the relations it supports', async () => {
    // Quotes of varied length, each supporting several relations, so breaks fall in many places.
    const passages = Array.from({ length: 45 }, (_, i) => ({
      quote: `Citaat ${String(i)}: ${'de samenwerking met de partners in de regio wordt versterkt '.repeat(1 + (i % 4))}`,
      relations: Array.from(
        { length: 1 + (i % 3) },
        (_, j) => `Relatie ${String(i)}.${String(j)} van Nederland met partner ${String(j)}`,
      ),
    }));
    const bytes = pdfReport({
      title: 'Lange bronnenlijst',
      caption: '',
      marking: 'Departementaal vertrouwelijk',
      orientation: 'portrait',
      language: 'nl',
      picture: { png: PICTURE, width: 1, height: 1 },
      legend: { kinds: ['state'], statuses: ['in-force'] },
      sources: [{ title: 'Kamerbrief', passages }],
      date: '3 december 2026',
      datasetVersion: 'test',
      fonts: PDF_FONTS,
    });
    const { pages } = await readPdf(bytes);
    expect(pages.length).toBeGreaterThan(2);
    for (let i = 0; i < passages.length; i += 1) {
      const quotePage = pages.findIndex((p) => p.text.includes(`Citaat ${String(i)}:`));
      const relationPage = pages.findIndex((p) => p.text.includes(`Relatie ${String(i)}.0 `));
      expect(quotePage, `passage ${String(i)}`).toBeGreaterThanOrEqual(0);
      expect(relationPage, `passage ${String(i)}`).toBe(quotePage);
    }
  });
});
