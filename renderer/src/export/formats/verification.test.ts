// Checking a snapshot against the dataset: forged nodes, changed statuses, moved endpoints, forged
// quotes and notes are found; a faithful copy, with keys in any order, is not.
import { describe, expect, it } from 'vitest';
import type { EdgeDetail, NodeDetail } from '../../../../shared/contract';
import { aNode, anEdge } from '../../analysis/analysisBuilders';
import { verificationCounts, verificationText, verifyAgainst } from './verification';

const detail = (id: string, nl: string, kind: NodeDetail['kind'] = 'national-organisation'): NodeDetail => ({
  ...aNode(id, kind, nl),
  description: { nl: `${nl} (omschrijving)`, en: `${nl} (description)` },
  aliases: [nl.toLowerCase()],
  attributes: {},
  citations: [{ sourceId: 'kamerbrief-visie-ips', quote: `${nl} werkt samen`, start: 1, end: 9 }],
});

const police = detail('netherlands-police', 'Nationale Politie');
const europol = detail('europol', 'Europol', 'international-body');
const interpol = detail('interpol', 'Interpol', 'international-organisation');
const link: EdgeDetail = anEdge('netherlands-police', 'participates-in', 'interpol', {
  quote: 'is en blijft aanwezig',
});
const dataset = { nodes: [police, europol, interpol], edges: [link] };

describe('verifyAgainst', () => {
  it('finds nothing in a faithful copy, whatever the order of its keys', () => {
    const reordered = Object.fromEntries(Object.entries(police).reverse()) as NodeDetail;
    expect(verifyAgainst({ nodes: [reordered, europol], edges: [link] }, dataset)).toEqual({
      nodes: new Map(),
      edges: new Map(),
    });
  });

  it('finds a forged node ("Politie van Atlantis") and its forged relation absent', () => {
    const atlantis = detail('politie-van-atlantis', 'Politie van Atlantis');
    const forged = {
      ...link,
      id: 'politie-van-atlantis-cooperates-with-europol',
      source: atlantis.id,
      target: 'europol',
    };
    const found = verifyAgainst({ nodes: [atlantis, europol], edges: [forged] }, dataset);
    expect(found.nodes.get('politie-van-atlantis')).toEqual({ state: 'absent', fields: [] });
    expect(found.edges.get(forged.id)).toEqual({ state: 'absent', fields: [] });
    expect(found.nodes.has('europol')).toBe(false);
    expect(verificationCounts(found)).toEqual({ absent: 2, differs: 0 });
  });

  it('finds a changed status, a moved endpoint, a forged quote and a forged note different', () => {
    const found = verifyAgainst(
      {
        nodes: [
          { ...police, status: 'historical' },
          { ...europol, label: { nl: 'Europol', en: 'Europol (EU)' } },
        ],
        edges: [
          { ...link, status: 'ambition', target: 'europol' },
          {
            ...link,
            id: 'quoted',
            citations: [{ sourceId: 'kamerbrief-visie-ips', quote: 'nooit', start: 1, end: 9 }],
          },
        ],
      },
      {
        ...dataset,
        edges: [link, { ...link, id: 'quoted' }],
      },
    );
    expect(found.nodes.get('netherlands-police')).toEqual({ state: 'differs', fields: ['status'] });
    expect(found.nodes.get('europol')).toEqual({ state: 'differs', fields: ['label'] });
    expect(found.edges.get(link.id)).toEqual({ state: 'differs', fields: ['target', 'status'] });
    expect(found.edges.get('quoted')).toEqual({ state: 'differs', fields: ['citations'] });
    const noted = verifyAgainst({ nodes: [], edges: [{ ...link, note: { nl: 'verzonnen', en: 'made up' } }] }, dataset);
    expect(noted.edges.get(link.id)?.fields).toEqual(['note']);
  });

  it('words a finding in both languages, naming the fields that differ', () => {
    expect(verificationText({ state: 'absent', fields: [] }, 'nl')).toBe('niet in de dataset');
    expect(verificationText({ state: 'absent', fields: [] }, 'en')).toBe('not in the dataset');
    expect(verificationText({ state: 'differs', fields: ['status', 'target'] }, 'nl')).toBe(
      'wijkt af van de dataset (status, target)',
    );
    expect(verificationText({ state: 'differs', fields: ['label'] }, 'en')).toBe('differs from the dataset (label)');
  });
});
