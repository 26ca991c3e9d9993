// Checking a snapshot against the dataset (export/formats/verification.ts): forged nodes, changed
// statuses, moved endpoints, forged quotes and notes are found; a faithful copy, with its keys in any
// order, is not. The dataset here is the export fixture's; the "snapshot" is an edited copy of it.
import { describe, expect, it } from 'vitest';
import type { EdgeDetail, NodeDetail } from '../../shared/contract';
import { verificationCounts, verificationText, verifyAgainst } from '../../renderer/src/export/formats/verification';
import { EDGES, NODES } from './exportFixtures';

const dataset = { nodes: NODES, edges: EDGES };
const nodeOf = (id: string): NodeDetail => {
  const found = NODES.find((n) => n.id === id);
  if (found === undefined) throw new Error(`fixture lacks ${id}`);
  return found;
};
const edgeOf = (id: string): EdgeDetail => {
  const found = EDGES.find((e) => e.id === id);
  if (found === undefined) throw new Error(`fixture lacks ${id}`);
  return found;
};
const netherlands = nodeOf('netherlands');
const germany = nodeOf('germany');
const party = edgeOf('netherlands-party-to-treaty-of-enschede');

describe('verifyAgainst', () => {
  it('finds nothing in a faithful copy, whatever the order of its keys', () => {
    const reordered = Object.fromEntries(Object.entries(netherlands).reverse()) as NodeDetail;
    expect(verifyAgainst({ nodes: [reordered, germany], edges: EDGES }, dataset)).toEqual({
      nodes: new Map(),
      edges: new Map(),
    });
  });

  it('finds a forged node ("Politie van Atlantis") and its forged relation absent', () => {
    const atlantis = {
      ...netherlands,
      id: 'politie-van-atlantis',
      label: { nl: 'Politie van Atlantis', en: 'Atlantis' },
    };
    const forged = {
      ...party,
      id: 'politie-van-atlantis-cooperates-with-germany',
      source: atlantis.id,
      target: 'germany',
    };
    const found = verifyAgainst({ nodes: [atlantis, germany], edges: [forged] }, dataset);
    expect(found.nodes.get('politie-van-atlantis')).toEqual({ state: 'absent', fields: [] });
    expect(found.edges.get(forged.id)).toEqual({ state: 'absent', fields: [] });
    expect(found.nodes.has('germany')).toBe(false);
    expect(verificationCounts(found)).toEqual({ absent: 2, differs: 0 });
  });

  it('finds a changed status, a changed label, a moved endpoint, a forged quote and a forged note', () => {
    const found = verifyAgainst(
      {
        nodes: [
          { ...netherlands, status: 'historical' },
          { ...germany, label: { ...germany.label, en: 'West Germany' } },
        ],
        edges: [
          { ...party, status: 'ambition', target: 'germany' },
          {
            ...edgeOf('germany-party-to-treaty-of-enschede'),
            citations: [{ sourceId: 'kamerbrief-visie-ips', quote: 'Nooit getekend.', start: 0, end: 15 }],
          },
          { ...edgeOf('netherlands-cooperates-with-europol'), note: { nl: 'verzonnen', en: 'made up' } },
        ],
      },
      dataset,
    );
    expect(found.nodes.get('netherlands')).toEqual({ state: 'differs', fields: ['status'] });
    expect(found.nodes.get('germany')).toEqual({ state: 'differs', fields: ['label'] });
    expect(found.edges.get(party.id)).toEqual({ state: 'differs', fields: ['target', 'status'] });
    expect(found.edges.get('germany-party-to-treaty-of-enschede')).toEqual({ state: 'differs', fields: ['citations'] });
    expect(found.edges.get('netherlands-cooperates-with-europol')).toEqual({ state: 'differs', fields: ['note'] });
    expect(verificationCounts(found)).toEqual({ absent: 0, differs: 5 });
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
