// The PDF tells editorial groupings and undated relations apart from the letter's dated words: its
// legend gains the editorial line (drawn as the canvas draws it) and the undated mark only when the
// view holds such relations, and each relation line under the quotes carries the same marks. Read back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../support/pdfReadBack';
import { EDITORIAL_LINE } from '../../renderer/src/canvas/graphStyle';
import { citedSources } from '../../renderer/src/export/formats/citedSources';
import { exportGraph, type ExportGraph } from '../../renderer/src/export/formats/exportModel';
import { EDITORIAL_PDF_LINE, legendMarks } from '../../renderer/src/export/formats/pdfLegend';
import { pdfReport } from '../../renderer/src/export/formats/pdfReport';
import { EDGES, fixtureDetails, INFO, NODES, POSITIONS } from './exportFixtures';

const fontFile = (weight: string): string =>
  readFileSync(`node_modules/@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`).toString('base64');
const FONTS = { regular: fontFile('400Regular'), bold: fontFile('700Bold') };
const PIXEL = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

const GROUPING = 'germany-party-to-treaty-of-enschede';
const withGrouping = EDGES.map((e) => (e.id === GROUPING ? { ...e, provenance: 'editorial' as const } : e));

async function pdfText(graph: ExportGraph): Promise<string> {
  const bytes = pdfReport({
    title: 'Herkomst en tijd',
    caption: '',
    marking: '',
    orientation: 'portrait',
    language: graph.language,
    picture: { png: PIXEL, width: 1, height: 1 },
    legend: { kinds: ['state', 'treaty'], statuses: ['in-force'], ...legendMarks(graph) },
    sources: citedSources(graph, fixtureDetails().edges, INFO),
    date: '3 maart 2026',
    datasetVersion: INFO.datasetVersion,
    fonts: FONTS,
  });
  return (await readPdf(bytes)).text;
}

describe('PDF provenance and as-of marks', { timeout: 30_000 }, () => {
  it('draws the editorial line in the canvas colour', () => {
    expect(EDITORIAL_PDF_LINE.colour).toBe(EDITORIAL_LINE.colour);
    expect(EDITORIAL_LINE.style).toBe('dotted');
  });

  it('adds the editorial legend entry and marks the editorial relation line', async () => {
    const text = await pdfText(exportGraph(NODES, withGrouping, POSITIONS, 'nl'));
    expect(text).toContain('Redactionele groepering (gestippeld, grijs)');
    expect(text).toContain('Duitsland is partij bij Verdrag van Enschede (redactionele groepering)');
    expect(text).not.toContain('Nederland is partij bij Verdrag van Enschede (');
    expect(text).not.toContain('niet gedateerd');
  });

  it('has neither entry for a view of stated, dated facts', async () => {
    const text = await pdfText(exportGraph(NODES, EDGES, POSITIONS, 'en', undefined, 2020));
    expect(text).not.toContain('Editorial grouping');
    expect(text).not.toContain('undated');
  });

  it('marks relations undated in the applied year, in the legend and on their lines', async () => {
    const text = await pdfText(exportGraph(NODES, withGrouping, POSITIONS, 'en', undefined, 2010));
    expect(text).toContain('undated in 2010');
    expect(text).toContain('Germany is party to Treaty of Enschede (editorial grouping; undated in 2010)');
  });
});
