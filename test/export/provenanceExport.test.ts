// Every export format says which facts are the curator's editorial grouping, which the user's own
// addition and which the letter states: a provenance column in the CSV, a provenance attribute in
// GraphML and GEXF, read back, and a mark beside the status in the briefing. The user's notes travel
// in a column of their own, apart from the dataset's notes.
import { unzipSync, strFromU8 } from 'fflate';
import { parse } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../renderer/src/export/formats/briefing';
import { briefingMarkdown } from '../../renderer/src/export/formats/briefingMarkdown';
import { csvZip } from '../../renderer/src/export/formats/csvExport';
import { USER_MARK } from '../../renderer/src/canvas/graphStyle';
import { exportGraph, USER_COLOUR } from '../../renderer/src/export/formats/exportModel';
import { gexf } from '../../renderer/src/export/formats/gexfExport';
import { graphml } from '../../renderer/src/export/formats/graphmlExport';
import { EDGES, INFO, NODES, POSITIONS, fixtureDetails } from './exportFixtures';
import {
  NODE_NOTE,
  RELATION_NOTE,
  USER_DOC_ID,
  USER_EDGE,
  USER_NODE,
  USER_QUOTE,
  userDetails,
  userGraph,
} from './userFixtures';

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

describe("the user's own additions in the data exports", () => {
  const mine = userGraph();
  const details = userDetails();

  it('CSV: provenance user on their node and relation, and their notes in a user_note column of their own', () => {
    const files = unzipSync(csvZip(mine, details, ';'));
    const rows = (name: string) =>
      parse<Record<string, string>>(strFromU8(files[name] ?? new Uint8Array()), {
        columns: true,
        bom: true,
        delimiter: ';',
      });
    const byId = (name: string) => new Map(rows(name).map((r) => [r.id ?? '', r]));
    const nodes = byId('nodes.csv');
    expect(nodes.get(USER_NODE.id)?.provenance).toBe('user');
    expect(nodes.get(USER_NODE.id)?.citations).toBe(`${USER_DOC_ID}: “${USER_QUOTE}”`);
    expect(nodes.get('netherlands')?.provenance).toBe('stated');
    expect(nodes.get('netherlands')?.user_note).toBe(NODE_NOTE);
    expect(nodes.get('germany')?.user_note).toBe('');
    const edges = byId('edges.csv');
    expect(edges.get(USER_EDGE.id)).toMatchObject({ provenance: 'user', user_note: RELATION_NOTE, note_nl: '' });
    expect(edges.get('netherlands-party-to-treaty-of-enschede')).toMatchObject({ provenance: 'stated', user_note: '' });
  });

  it('GraphML and GEXF: provenance user and the note read back by graphology, drawn in the canvas purple', () => {
    const xml = graphml(mine, details);
    const gexfXml = gexf(mine, details);
    for (const read of [parseGraphml(MultiDirectedGraph, xml), parseGexf(MultiDirectedGraph, gexfXml)]) {
      const edge = (key: string, name: string): unknown =>
        read.getEdgeAttribute(key, `e_${name}`) ?? read.getEdgeAttribute(key, name);
      expect(edge(USER_EDGE.id, 'provenance')).toBe('user');
      expect(edge(USER_EDGE.id, 'user_note')).toBe(RELATION_NOTE);
      expect(read.getNodeAttribute(USER_NODE.id, 'provenance')).toBe('user');
      expect(read.getNodeAttribute('netherlands', 'user_note')).toBe(NODE_NOTE);
      expect(read.getNodeAttribute('netherlands', 'provenance')).toBe('stated');
    }
    expect(USER_COLOUR).toBe(USER_MARK.colour);
    // yEd draws the user's relation purple and their node with a heavier purple outline; Gephi the relation.
    expect(xml).toContain(`<y:LineStyle color="${USER_COLOUR}"`);
    expect(xml).toContain(`<y:BorderStyle color="${USER_COLOUR}" type="line" width="3.0"/>`);
    expect(gexfXml).toMatch(/<edge [^>]*id="user-rel-netherlands-uses-jit"[^]*?<viz:color r="106" g="61" b="154"/);
  });
});
