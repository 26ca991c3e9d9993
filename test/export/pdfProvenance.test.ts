// The PDF tells editorial groupings, the user's own additions and undated relations apart from the
// letter's dated words: its legend gains the editorial line, the user's purple mark (drawn as the
// canvas draws them) and the undated mark only when the view holds such elements, and each relation
// line under the quotes carries the same marks; the user's quote is listed under their document's
// title, never under the letter's. Read back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../support/pdfReadBack';
import type { GraphInfo } from '../../shared/contract';
import { EDITORIAL_LINE, USER_MARK } from '../../renderer/src/canvas/graphStyle';
import { citedSources } from '../../renderer/src/export/formats/citedSources';
import {
  exportGraph,
  USER_COLOUR,
  withUserDocuments,
  type ExportDetails,
  type ExportGraph,
} from '../../renderer/src/export/formats/exportModel';
import { EDITORIAL_PDF_LINE, legendMarks } from '../../renderer/src/export/formats/pdfLegend';
import { pdfReport } from '../../renderer/src/export/formats/pdfReport';
import { EDGES, fixtureDetails, INFO, NODES, POSITIONS } from './exportFixtures';
import { RELATION_NOTE, USER_DOC_TITLE, USER_DOCUMENT, USER_QUOTE, userDetails, userGraph } from './userFixtures';

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

async function pdfText(
  graph: ExportGraph,
  details: ExportDetails = fixtureDetails(),
  info: Pick<GraphInfo, 'sources' | 'datasetVersion'> = INFO,
): Promise<string> {
  return (await readPdf(pdfBytes(graph, details, info))).text;
}

/** Pixels of page 1 in the user's purple (within anti-aliasing's reach of it). */
async function purplePixels(
  graph: ExportGraph,
  details: ExportDetails,
  info: Pick<GraphInfo, 'sources' | 'datasetVersion'>,
) {
  const page = (await readPdf(pdfBytes(graph, details, info), { dpi: 150 })).firstPage;
  let count = 0;
  for (let i = 0; i < page.data.length; i += 4)
    if (
      Math.abs((page.data[i] ?? 0) - 0x6a) < 24 &&
      Math.abs((page.data[i + 1] ?? 0) - 0x3d) < 24 &&
      Math.abs((page.data[i + 2] ?? 0) - 0x9a) < 24
    )
      count += 1;
  return count;
}

function pdfBytes(
  graph: ExportGraph,
  details: ExportDetails,
  info: Pick<GraphInfo, 'sources' | 'datasetVersion'>,
): Uint8Array {
  return pdfReport({
    title: 'Herkomst en tijd',
    caption: '',
    marking: '',
    orientation: 'portrait',
    language: graph.language,
    picture: { png: PIXEL, width: 1, height: 1 },
    legend: { kinds: ['state', 'treaty'], statuses: ['in-force'], ...legendMarks(graph) },
    sources: citedSources(graph, details.edges, info),
    date: '3 maart 2026',
    datasetVersion: INFO.datasetVersion,
    fonts: FONTS,
  });
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

  it("adds the user's legend entry, lists their quote under their document's title, marked, with their note", async () => {
    expect(USER_COLOUR).toBe(USER_MARK.colour);
    const info = withUserDocuments(INFO, [USER_DOCUMENT]);
    const text = await pdfText(userGraph('nl'), userDetails(), info);
    expect(text).toContain('Eigen toevoeging (paars, dubbele rand)');
    const flat = text.replace(/\s+/g, ' ');
    const mine = flat.indexOf(`${USER_DOC_TITLE} (eigen document)`);
    const letter = flat.indexOf(INFO.sources[0]?.title.nl ?? 'no letter');
    expect(letter).toBeGreaterThanOrEqual(0);
    // The bundled letter first, then the user's document with the user's quote under it.
    expect(mine).toBeGreaterThan(letter);
    expect(flat.indexOf(USER_QUOTE.slice(0, 30))).toBeGreaterThan(mine);
    expect(flat).toContain(
      `Nederland maakt gebruik van JIT Noordzee (eigen toevoeging; eigen notitie: ${RELATION_NOTE})`,
    );
    const en = (await pdfText(userGraph('en'), userDetails(), info)).replace(/\s+/g, ' ');
    expect(en).toContain('Your addition (purple, double outline)');
    expect(en).toContain(`${USER_DOC_TITLE} (your document)`);
    expect(en).toContain('Netherlands uses JIT Noordzee (your addition; your note:');
  });

  it("draws the user's legend mark in the canvas purple, and no purple without an addition", async () => {
    const info = withUserDocuments(INFO, [USER_DOCUMENT]);
    expect(await purplePixels(userGraph('nl'), userDetails(), info)).toBeGreaterThan(20);
    expect(await purplePixels(exportGraph(NODES, EDGES, POSITIONS, 'nl'), fixtureDetails(), INFO)).toBe(0);
  });

  it("has no user entry for a view without the user's additions", async () => {
    const text = await pdfText(exportGraph(NODES, EDGES, POSITIONS, 'nl'));
    expect(text).not.toContain('Eigen toevoeging');
    expect(text).not.toContain('eigen document');
  });
});
