// Every export format says which facts are the curator's editorial grouping and which the letter
// states: a provenance column in the CSV, a provenance attribute in GraphML and GEXF, read back,
// and a mark beside the status in the briefing.
import { unzipSync, strFromU8 } from 'fflate';
import { parse } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../renderer/src/export/formats/briefing';
import { briefingMarkdown } from '../../renderer/src/export/formats/briefingMarkdown';
import { csvZip } from '../../renderer/src/export/formats/csvExport';
import { exportGraph } from '../../renderer/src/export/formats/exportModel';
import { gexf } from '../../renderer/src/export/formats/gexfExport';
import { graphml } from '../../renderer/src/export/formats/graphmlExport';
import { EDGES, INFO, NODES, POSITIONS, fixtureDetails } from './exportFixtures';

const GROUPING = 'netherlands-cooperates-with-europol';
const graph = exportGraph(
  NODES,
  EDGES.map((e) => (e.id === GROUPING ? { ...e, provenance: 'editorial' as const } : e)),
  POSITIONS,
  'nl',
);

describe('provenance in exports', () => {
  it('briefing: an editorial relation is marked beside its status', () => {
    const netherlands = NODES.find((n) => n.id === 'netherlands');
    if (netherlands === undefined) throw new Error('fixture has no netherlands');
    const text = briefingMarkdown(
      buildBriefing({
        title: 'Briefing',
        graph,
        actors: [netherlands],
        edgeDetails: fixtureDetails().edges,
        info: INFO,
      }),
    );
    const lines = text.split('\n');
    expect(lines.find((l) => l.includes('HYPERLINK'))).toContain('redactionele groepering');
    expect(lines.find((l) => l.includes('Verdrag van Enschede') && l.includes('2005'))).not.toContain('redactionele');
  });

  it('CSV: a provenance column for nodes and relations', () => {
    const files = unzipSync(csvZip(graph, fixtureDetails()));
    const rows = (name: string) =>
      parse<Record<string, string>>(strFromU8(files[name] ?? new Uint8Array()), { columns: true, bom: true });
    const edges = rows('edges.csv');
    expect(Object.fromEntries(edges.map((r) => [r.id, r.provenance]))).toEqual({
      'germany-party-to-treaty-of-enschede': 'stated',
      [GROUPING]: 'editorial',
      'netherlands-party-to-treaty-of-enschede': 'stated',
    });
    expect(new Set(rows('nodes.csv').map((r) => r.provenance))).toEqual(new Set(['stated']));
  });

  it('GraphML and GEXF: a provenance attribute read back by graphology', () => {
    for (const read of [
      parseGraphml(MultiDirectedGraph, graphml(graph, fixtureDetails())),
      parseGexf(MultiDirectedGraph, gexf(graph, fixtureDetails())),
    ]) {
      const byEdge = Object.fromEntries(
        read.mapEdges((key, attributes) => [key, (attributes.e_provenance ?? attributes.provenance) as unknown]),
      );
      expect(byEdge[GROUPING]).toBe('editorial');
      expect(byEdge['germany-party-to-treaty-of-enschede']).toBe('stated');
      expect(read.getNodeAttribute('netherlands', 'provenance')).toBe('stated');
    }
  });
});
