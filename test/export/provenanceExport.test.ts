// Every export format says which facts are the curator's editorial grouping and which the letter
// states: a provenance column in the CSV, a provenance attribute in GraphML and GEXF, read back.
import { unzipSync, strFromU8 } from 'fflate';
import { parse } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { csvZip } from '../../renderer/src/export/formats/csvExport';
import { exportGraph } from '../../renderer/src/export/formats/exportModel';
import { gexf } from '../../renderer/src/export/formats/gexfExport';
import { graphml } from '../../renderer/src/export/formats/graphmlExport';
import { EDGES, NODES, POSITIONS, fixtureDetails } from './exportFixtures';

const GROUPING = 'netherlands-cooperates-with-europol';
const graph = exportGraph(
  NODES,
  EDGES.map((e) => (e.id === GROUPING ? { ...e, provenance: 'editorial' as const } : e)),
  POSITIONS,
  'nl',
);

describe('provenance in exports', () => {
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
