// Every export marks what an opened snapshot put in view without the dataset's backing, read back
// from the files themselves: the CSV tables, GraphML, GEXF and the briefing say "niet in de dataset"
// or "wijkt af van de dataset" on exactly those rows, and leave the genuine ones unmarked.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../renderer/src/export/formats/briefing';
import { briefingMarkdown } from '../../renderer/src/export/formats/briefingMarkdown';
import { edgesCsv, nodesCsv } from '../../renderer/src/export/formats/csvExport';
import { elementNames, exportGraph } from '../../renderer/src/export/formats/exportModel';
import { gexf } from '../../renderer/src/export/formats/gexfExport';
import { graphml } from '../../renderer/src/export/formats/graphmlExport';
import { pdfReport } from '../../renderer/src/export/formats/pdfReport';
import { unverifiedLines, type Verification } from '../../renderer/src/export/formats/verification';
import { readPdf } from '../support/pdfReadBack';
import { EDGES, fixtureDetails, INFO, NODES, POSITIONS } from './exportFixtures';

type Row = Record<string, string>;
const read = (csv: string): Row[] => parse<Row>(csv, { columns: true, bom: true });

const [first] = NODES;
const [firstEdge] = EDGES;
if (first === undefined || firstEdge === undefined) throw new Error('fixture');
const atlantis = {
  ...first,
  id: 'politie-van-atlantis',
  label: { nl: 'Politie van Atlantis', en: 'Atlantis Police' },
};
const forgedLink = {
  ...firstEdge,
  id: 'politie-van-atlantis-cooperates-with-netherlands',
  kind: 'cooperates-with' as const,
  source: 'politie-van-atlantis',
  target: 'netherlands',
};
const verification: Verification = {
  nodes: new Map([
    ['politie-van-atlantis', { state: 'absent', fields: [] }],
    ['germany', { state: 'differs', fields: ['status'] }],
  ]),
  edges: new Map([[forgedLink.id, { state: 'absent', fields: [] }]]),
};
const graph = (language: 'nl' | 'en' = 'nl') =>
  exportGraph([...NODES, atlantis], [...EDGES, forgedLink], POSITIONS, language, verification);

describe('exports of a view with unverified elements', () => {
  it('mark them in both CSV tables, and only them', () => {
    const nodes = read(nodesCsv(graph(), fixtureDetails()));
    expect(Object.fromEntries(nodes.map((r) => [r.id, r.verification]))).toEqual({
      europol: '',
      germany: 'wijkt af van de dataset (status)',
      netherlands: '',
      'politie-van-atlantis': 'niet in de dataset',
      'treaty-of-enschede': '',
    });
    const edges = read(edgesCsv(graph('en'), fixtureDetails()));
    expect(edges.filter((r) => r.verification !== '').map((r) => [r.id, r.verification])).toEqual([
      [forgedLink.id, 'not in the dataset'],
    ]);
  });

  it('mark them in GraphML and GEXF as a declared attribute', () => {
    const xml = graphml(graph(), fixtureDetails());
    expect(xml).toContain('<key id="verification" for="node" attr.name="verification" attr.type="string"/>');
    expect(xml).toMatch(/<node id="politie-van-atlantis">.*<data key="verification">niet in de dataset<\/data>/);
    expect(xml).toMatch(
      /<edge id="politie-van-atlantis-cooperates-with-netherlands".*<data key="e_verification">niet in de dataset<\/data>/,
    );
    expect(xml).not.toMatch(/<node id="netherlands">[^\n]*key="verification"/);
    const gephi = gexf(graph(), fixtureDetails());
    expect(gephi).toContain('title="verification"');
    expect(gephi).toContain('value="wijkt af van de dataset (status)"');
  });

  it('warn in the briefing and mark each forged relation beside its genuine neighbours', () => {
    const netherlands = NODES.find((n) => n.id === 'netherlands');
    if (netherlands === undefined) throw new Error('fixture');
    const md = briefingMarkdown(
      buildBriefing({
        title: 'Briefing',
        graph: graph(),
        actors: [netherlands],
        edgeDetails: fixtureDetails().edges,
        info: INFO,
      }),
    );
    expect(md).toContain('Let op: 3 element(en) in deze weergave komen uit een geopende momentopname');
    const atlantisItem = md.split('\n- ').find((item) => item.startsWith('**Politie van Atlantis**'));
    expect(atlantisItem).toContain('⚠ niet in de dataset; Politie van Atlantis: niet in de dataset');
    const genuine = md.split('\n- ').find((item) => item.startsWith('**Verdrag van Enschede**'));
    expect(genuine).not.toContain('⚠');
  });

  it('list them for the PDF, named as the view names them', () => {
    const g = graph('en');
    expect(unverifiedLines(g.verification, elementNames(g), 'en')).toEqual([
      'Germany — differs from the dataset (status)',
      'Atlantis Police — not in the dataset',
      'Atlantis Police — cooperates with → Netherlands — not in the dataset',
    ]);
  });

  it('list them in the PDF, read back, above the sources', { timeout: 30_000 }, async () => {
    const g = graph();
    const font = (weight: string): string =>
      readFileSync(`node_modules/@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`).toString('base64');
    const white = new PNG({ width: 40, height: 30 });
    white.data.fill(255);
    const { text } = await readPdf(
      pdfReport({
        title: 'Weergave',
        caption: '',
        marking: '',
        orientation: 'portrait',
        language: 'nl',
        picture: { png: PNG.sync.write(white), width: 40, height: 30 },
        legend: { kinds: ['state'], statuses: ['in-force'] },
        sources: [],
        unverified: unverifiedLines(g.verification, elementNames(g), 'nl'),
        date: '3 maart 2026',
        datasetVersion: INFO.datasetVersion,
        fonts: { regular: font('400Regular'), bold: font('700Bold') },
      }),
    );
    expect(text).toContain('Niet door de dataset gedekt (uit een geopende momentopname):');
    expect(text).toContain('Politie van Atlantis — niet in de dataset');
    expect(text).toContain('Duitsland — wijkt af van de dataset (status)');
  });
});
