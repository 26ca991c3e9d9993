// With a year applied, every export says which facts the dataset cannot date in it (the as-of rule's
// "undated"), as the canvas and the detail panel do: as_of_year / as_of in the CSV, GraphML and GEXF,
// read back by their parsers, and a short mark beside the status in the briefing. Without a year,
// nothing is claimed.
import { unzipSync, strFromU8 } from 'fflate';
import { parse } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../renderer/src/export/formats/briefing';
import { briefingMarkdown } from '../../renderer/src/export/formats/briefingMarkdown';
import { csvZip } from '../../renderer/src/export/formats/csvExport';
import { exportGraph, type ExportGraph } from '../../renderer/src/export/formats/exportModel';
import { gexf } from '../../renderer/src/export/formats/gexfExport';
import { graphml } from '../../renderer/src/export/formats/graphmlExport';
import { EDGES, INFO, NODES, POSITIONS, fixtureDetails } from './exportFixtures';

// States hold in every year; the treaty and the Dutch party-to relation are dated 2005; Europol and
// the German party-to relation are in force without a date: undated in 2010. The planned relation
// does not hold in 2010, so the app would not show it.
const nodes = NODES.map((n) => (n.kind === 'state' ? { ...n, status: null } : n));
const edges = EDGES.filter((e) => e.status !== 'planned');
const GERMAN = 'germany-party-to-treaty-of-enschede';
const DUTCH = 'netherlands-party-to-treaty-of-enschede';
const in2010 = exportGraph(nodes, edges, POSITIONS, 'nl', undefined, 2010);
const noYear = exportGraph(nodes, edges, POSITIONS, 'nl');

function csvRows(graph: ExportGraph, name: string): Record<string, string>[] {
  const files = unzipSync(csvZip(graph, fixtureDetails()));
  return parse<Record<string, string>>(strFromU8(files[name] ?? new Uint8Array()), { columns: true, bom: true });
}

const column = (rows: readonly Record<string, string>[], key: string): Record<string, string | undefined> =>
  Object.fromEntries(rows.map((r): [string, string | undefined] => [r.id ?? '', r[key]]));

describe('as-of marks in exports', () => {
  it('CSV: the applied year and holds/undated per node and relation', () => {
    const edgeRows = csvRows(in2010, 'edges.csv');
    expect(column(edgeRows, 'as_of')).toEqual({ [GERMAN]: 'undated', [DUTCH]: 'holds' });
    expect(new Set(edgeRows.map((r) => r.as_of_year))).toEqual(new Set(['2010']));
    expect(column(csvRows(in2010, 'nodes.csv'), 'as_of')).toEqual({
      europol: 'undated',
      germany: 'holds',
      netherlands: 'holds',
      'treaty-of-enschede': 'holds',
    });
  });

  it('CSV: blank columns without a year', () => {
    for (const name of ['nodes.csv', 'edges.csv'])
      for (const row of csvRows(noYear, name)) expect([row.as_of, row.as_of_year]).toEqual(['', '']);
  });

  it('GraphML and GEXF: as_of and as_of_year attributes read back by graphology', () => {
    for (const read of [
      parseGraphml(MultiDirectedGraph, graphml(in2010, fixtureDetails())),
      parseGexf(MultiDirectedGraph, gexf(in2010, fixtureDetails())),
    ]) {
      const edge = (key: string, name: string): unknown =>
        read.getEdgeAttribute(key, `e_${name}`) ?? read.getEdgeAttribute(key, name);
      expect(edge(GERMAN, 'as_of')).toBe('undated');
      expect(edge(DUTCH, 'as_of')).toBe('holds');
      expect(Number(edge(GERMAN, 'as_of_year'))).toBe(2010);
      expect(read.getNodeAttribute('europol', 'as_of')).toBe('undated');
      expect(read.getNodeAttribute('netherlands', 'as_of')).toBe('holds');
    }
  });

  it('GraphML and GEXF: no as-of attributes without a year', () => {
    for (const read of [
      parseGraphml(MultiDirectedGraph, graphml(noYear, fixtureDetails())),
      parseGexf(MultiDirectedGraph, gexf(noYear, fixtureDetails())),
    ]) {
      expect(read.getNodeAttribute('europol', 'as_of') ?? '').toBe('');
      expect(read.getEdgeAttribute(GERMAN, 'e_as_of') ?? read.getEdgeAttribute(GERMAN, 'as_of') ?? '').toBe('');
    }
  });

  it('briefing: an undated relation is marked beside its status, a dated one is not', () => {
    const germany = nodes.find((n) => n.id === 'germany');
    const netherlands = nodes.find((n) => n.id === 'netherlands');
    if (germany === undefined || netherlands === undefined) throw new Error('fixture lacks a state');
    const briefing = (graph: ExportGraph) =>
      briefingMarkdown(
        buildBriefing({
          title: 'Briefing',
          graph,
          actors: [germany, netherlands],
          edgeDetails: fixtureDetails().edges,
          info: INFO,
        }),
      ).split('\n');
    const treatyLines = briefing(in2010).filter((l) => l.includes('Verdrag van Enschede') && l.startsWith('-'));
    expect(treatyLines).toHaveLength(2);
    expect(treatyLines.filter((l) => l.includes('niet gedateerd in 2010'))).toHaveLength(1);
    expect(briefing(noYear).join('\n')).not.toContain('niet gedateerd');
  });
});
