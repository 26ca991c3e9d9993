// A right-to-left override in a label reaches the PDF without its bidi controls: jsPDF has no bidi
// algorithm, so the control could only print as the font's empty box. Read back and painted by pdf.js:
// the page holds the words, and exactly the ink of the same line written without the controls.
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { inkedPixels, readPdf } from '../support/pdfReadBack';
import { citedSources } from '../../renderer/src/export/formats/citedSources';
import { pdfReport } from '../../renderer/src/export/formats/pdfReport';
import { fixtureDetails, fixtureGraph, INFO } from './exportFixtures';

const fontFile = (weight: string): string =>
  readFileSync(`node_modules/@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`).toString('base64');

const png = new PNG({ width: 4, height: 3 });
png.data.fill(255);

const pdfWith = (unverified: string) =>
  readPdf(
    pdfReport({
      title: 'Briefing',
      caption: '',
      marking: '',
      orientation: 'portrait',
      language: 'nl',
      picture: { png: PNG.sync.write(png), width: 4, height: 3 },
      legend: { kinds: ['state'], statuses: ['in-force'] },
      sources: citedSources(fixtureGraph(), fixtureDetails().edges, INFO),
      date: '3 maart 2026',
      datasetVersion: INFO.datasetVersion,
      fonts: { regular: fontFile('400Regular'), bold: fontFile('700Bold') },
      unverified: [unverified],
    }),
    { dpi: 150 },
  );

describe('PDF text from hostile labels', () => {
  it('keeps the words and drops the override, printing nothing in its place', async () => {
    const hostile = await pdfWith('Politie van Atlantis \u202Egnp.exe\u202C (niet in de dataset)');
    const plain = await pdfWith('Politie van Atlantis gnp.exe (niet in de dataset)');
    const { text } = hostile;
    expect(text).toContain('Politie van Atlantis gnp.exe (niet in de dataset)');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(inkedPixels(hostile.firstPage)).toBe(inkedPixels(plain.firstPage));
  });
});
