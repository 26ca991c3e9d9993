// GraphML and GEXF read back by graphology's own parsers (what Gephi-like tools do): the same node
// and edge counts, labels in both languages, kind, status, dates, colour and position kept; and
// the XML parses strictly, escaping included.
import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { gexf } from '../../renderer/src/export/formats/gexfExport';
import { graphml } from '../../renderer/src/export/formats/graphmlExport';
import { fixtureDetails, fixtureGraph } from './exportFixtures';

function strictXml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      errors.push(`${level}: ${message}`);
    },
  }).parseFromString(text, 'text/xml');
  expect(errors).toEqual([]);
  return doc as unknown as Document;
}

describe('GraphML export', () => {
  const text = graphml(fixtureGraph(), fixtureDetails());

  it('parses back into the same graph with its attributes', () => {
    const graph = parseGraphml(MultiDirectedGraph, text);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes('treaty-of-enschede')).toMatchObject({
      label_nl: 'Verdrag van Enschede',
      label_en: 'Treaty of Enschede',
      kind: 'treaty',
      status: 'in-force',
      signed: '2005',
      colour: '#D55E00',
      x: 90,
      y: 120.5,
    });
    expect(graph.getNodeAttribute('europol', 'label_en')).toBe('Europol <&> "agency"');
    expect(graph.getNodeAttribute('europol', 'description')).toContain('“coördinatie” & ’analyse’');
    const edge = graph.getEdgeAttributes('netherlands-cooperates-with-europol');
    expect(edge).toMatchObject({ kind: 'cooperates-with', status: 'planned', relation_nl: 'werkt samen met' });
    expect(String(edge.citations)).toContain('"operationele" analyse');
    expect(graph.source('netherlands-cooperates-with-europol')).toBe('netherlands');
  });

  it('is well-formed XML with yEd graphics for each node', () => {
    const doc = strictXml(text);
    const shapes = doc.getElementsByTagNameNS('http://www.yworks.com/xml/graphml', 'ShapeNode');
    expect(shapes.length).toBe(4);
    const fills = doc.getElementsByTagNameNS('http://www.yworks.com/xml/graphml', 'Fill');
    expect(fills[0]?.getAttribute('color')).toMatch(/^#[0-9A-F]{6}$/i);
  });

  it('is byte-identical for the same view', () => {
    expect(graphml(fixtureGraph(), fixtureDetails())).toBe(text);
  });
});

describe('GEXF export', () => {
  const text = gexf(fixtureGraph('en'), fixtureDetails());

  it('parses back into the same graph with its attributes and viz data', () => {
    const graph = parseGexf(MultiDirectedGraph, text);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    const treaty = graph.getNodeAttributes('treaty-of-enschede');
    expect(treaty).toMatchObject({
      label: 'Treaty of Enschede',
      label_nl: 'Verdrag van Enschede',
      kind: 'treaty',
      status: 'in-force',
      signed: '2005',
      colour: '#D55E00',
      x: 90,
      y: -120.5,
    });
    expect(treaty.color).toMatch(/rgb.*213.*94.*0/);
    expect(graph.getNodeAttribute('europol', 'label_en')).toBe('Europol <&> "agency"');
    expect(graph.getEdgeAttributes('netherlands-cooperates-with-europol')).toMatchObject({
      kind: 'cooperates-with',
      status: 'planned',
      relation_nl: 'werkt samen met',
      note_nl: '@nog uit te werken',
    });
  });

  it('is well-formed XML whose viz data Gephi finds under the GEXF 1.3 namespace', () => {
    const doc = strictXml(text);
    expect(doc.getElementsByTagNameNS('http://gexf.net/1.3/viz', 'position').length).toBe(4);
    expect(doc.getElementsByTagNameNS('http://gexf.net/1.3/viz', 'color').length).toBeGreaterThanOrEqual(4);
  });
});
