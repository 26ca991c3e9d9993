// Node citations travel in GraphML and GEXF (read back by graphology's parsers, as Gephi-like tools
// read them), and a relation's status reaches Gephi and yEd as its line: solid, dashed or dotted,
// the same line the canvas draws.
import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../shared/ontology';
import { STATUS_LINE } from '../../renderer/src/canvas/graphStyle';
import { STATUS_STROKE } from '../../renderer/src/export/formats/exportModel';
import { gexf } from '../../renderer/src/export/formats/gexfExport';
import { graphml } from '../../renderer/src/export/formats/graphmlExport';
import { fixtureDetails, fixtureGraph } from './exportFixtures';

const VIZ = 'http://gexf.net/1.3/viz';

describe('citations and status lines in the graph formats', () => {
  it('gives each node its citations in GraphML', () => {
    const graph = parseGraphml(MultiDirectedGraph, graphml(fixtureGraph(), fixtureDetails()));
    expect(String(graph.getNodeAttribute('treaty-of-enschede', 'citations'))).toBe(
      'kamerbrief-visie-ips: “Over Verdrag van Enschede zegt de brief iets.”',
    );
  });

  it('gives each node its citations in GEXF', () => {
    const graph = parseGexf(MultiDirectedGraph, gexf(fixtureGraph('en'), fixtureDetails()));
    expect(String(graph.getNodeAttribute('germany', 'citations'))).toContain('Over Duitsland zegt de brief iets.');
  });

  it('draws each GEXF edge with its status line as viz:shape', () => {
    const text = gexf(fixtureGraph('en'), fixtureDetails());
    const doc = new DOMParser().parseFromString(text, 'text/xml');
    const edges = Array.from(doc.getElementsByTagName('edge'));
    expect(edges.length).toBe(3);
    const shapeOf = (id: string): string | null | undefined =>
      edges
        .find((e) => e.getAttribute('id') === id)
        ?.getElementsByTagNameNS(VIZ, 'shape')[0]
        ?.getAttribute('value');
    expect(shapeOf('netherlands-cooperates-with-europol')).toBe('dashed');
    expect(shapeOf('germany-party-to-treaty-of-enschede')).toBe('solid');
    // And Gephi-like readers get it back as the edge's shape.
    expect(parseGexf(MultiDirectedGraph, text).getEdgeAttribute('netherlands-cooperates-with-europol', 'shape')).toBe(
      'dashed',
    );
  });

  it('draws each GraphML edge for yEd with its status line', () => {
    const doc = new DOMParser().parseFromString(graphml(fixtureGraph(), fixtureDetails()), 'text/xml');
    const styles = Array.from(doc.getElementsByTagNameNS('http://www.yworks.com/xml/graphml', 'LineStyle')).map((s) =>
      s.getAttribute('type'),
    );
    expect(styles.sort()).toEqual(['dashed', 'line', 'line']);
  });

  it('uses the canvas’s line for every status', () => {
    for (const status of STATUSES) expect(STATUS_STROKE[status], status).toBe(STATUS_LINE[status].style);
  });
});
