// CSV export read back with a CSV parser: every node and relation round-trips with its attributes,
// cells a spreadsheet would run as a formula are neutralised, and the zip holds both tables.
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvZip, edgesCsv, nodesCsv } from '../../renderer/src/export/formats/csvExport';
import { neutraliseFormula } from '../../renderer/src/export/formats/formulaSafe';
import { fixtureDetails, fixtureGraph } from './exportFixtures';

type Row = Record<string, string>;
const read = (csv: string): Row[] => parse<Row>(csv, { columns: true, bom: true });

describe('CSV export', () => {
  it('round-trips nodes with labels in both languages, kind, status, dates and position', () => {
    const rows = read(nodesCsv(fixtureGraph(), fixtureDetails()));
    expect(rows.map((r) => r.id)).toEqual(['europol', 'germany', 'netherlands', 'treaty-of-enschede']);
    const treaty = rows.find((r) => r.id === 'treaty-of-enschede');
    expect(treaty).toMatchObject({
      label_nl: 'Verdrag van Enschede',
      label_en: 'Treaty of Enschede',
      kind: 'treaty',
      kind_label: 'Verdrag, handvest of overeenkomst',
      status: 'in-force',
      signed: '2005',
      x: '90',
      y: '120.5',
      colour: '#D55E00',
    });
    expect(rows.find((r) => r.id === 'germany')?.x).toBe('180.12');
    expect(rows.find((r) => r.id === 'europol')?.description).toContain('“coördinatie”');
  });

  it('round-trips relations with their citations', () => {
    const rows = read(edgesCsv(fixtureGraph('en'), fixtureDetails()));
    expect(rows).toHaveLength(3);
    const planned = rows.find((r) => r.id === 'netherlands-cooperates-with-europol');
    expect(planned).toMatchObject({ source: 'netherlands', target: 'europol', relation: 'cooperates with' });
    expect(planned?.status_label).toBe('Planned');
    expect(rows.find((r) => r.id === 'netherlands-party-to-treaty-of-enschede')?.citations).toContain(
      'Verdrag van Enschede',
    );
  });

  it('neutralises cells that start with =, +, -, @, tab or CR, even with a line break inside', () => {
    const nodes = read(nodesCsv(fixtureGraph()));
    expect(nodes.find((r) => r.id === 'europol')?.label_nl).toBe(`'=HYPERLINK("http://x")`);
    const edges = read(edgesCsv(fixtureGraph(), fixtureDetails()));
    const planned = edges.find((r) => r.id === 'netherlands-cooperates-with-europol');
    expect(planned?.note_nl).toBe("'@nog uit te werken");
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseFormula(`${start}1+1\n2`)).toBe(`'${start}1+1\n2`);
    }
    expect(neutraliseFormula('Nederland')).toBe('Nederland');
    // Numbers are data, not text: a negative coordinate stays a number.
    expect(nodes.find((r) => r.id === 'europol')?.x).toBe('-150');
    for (const row of [...nodes, ...edges]) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]/);
    }
  });

  it('zips both tables, byte-identical for the same view', () => {
    const zip = csvZip(fixtureGraph(), fixtureDetails());
    expect(csvZip(fixtureGraph(), fixtureDetails())).toEqual(zip);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(read(strFromU8(files['nodes.csv'] ?? new Uint8Array()))).toHaveLength(4);
  });
});
