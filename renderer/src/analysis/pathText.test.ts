// The memo text of a path search: one numbered line per hop, the relation read in the direction of
// travel (inverse label when walking a relation backwards), status, dates, quote and source title.
import { describe, expect, it } from 'vitest';
import type { PathsResult } from '../../../shared/contract';
import { aNode, anEdge, aReason } from './analysisBuilders';
import { pathText } from './pathText';

const europol = aNode('europol', 'international-body', 'Europol');
const germany = aNode('germany', 'state', 'Duitsland', 'Germany');
const netherlands = aNode('netherlands', 'state', 'Nederland', 'The Netherlands');
const enschede = aNode('treaty-of-enschede', 'treaty', 'Verdrag van Enschede', 'Treaty of Enschede');

const result: PathsResult = {
  from: europol,
  to: germany,
  nodes: [europol, germany, netherlands, enschede],
  truncated: false,
  exploredEdges: 9,
  endsNotInYear: [],
  paths: [
    {
      nodes: ['europol', 'germany'],
      reason: aReason(1),
      hops: [
        {
          from: 'europol',
          to: 'germany',
          edges: [
            anEdge('germany', 'cooperates-with', 'europol', { quote: 'analyse en de informatieproducten van Europol' }),
          ],
        },
      ],
    },
    {
      nodes: ['europol', 'netherlands', 'treaty-of-enschede', 'germany'],
      reason: aReason(3, { shortest: false }),
      hops: [
        {
          from: 'europol',
          to: 'netherlands',
          edges: [anEdge('netherlands', 'cooperates-with', 'europol', { quote: 'Europol als kanaal' })],
        },
        {
          from: 'netherlands',
          to: 'treaty-of-enschede',
          edges: [
            anEdge('netherlands', 'party-to', 'treaty-of-enschede', {
              dates: { signed: '2005' },
              quote: 'in 2005 getekende Verdrag',
            }),
            anEdge('netherlands', 'advocates', 'treaty-of-enschede', { status: 'ambition' }),
          ],
        },
        {
          from: 'treaty-of-enschede',
          to: 'germany',
          edges: [anEdge('germany', 'party-to', 'treaty-of-enschede', { quote: 'Verdrag van Enschede' })],
        },
      ],
    },
  ],
};

const titles = new Map([['kamerbrief-visie-ips', { nl: 'Kamerbrief visie IPS', en: 'Letter on the IPS vision' }]]);

describe('pathText', () => {
  it('tells each path hop by hop in Dutch, reading relations in the direction of travel', () => {
    const text = pathText(result, { language: 'nl', sourceTitles: titles });
    expect(text.split('\n')).toEqual([
      'Hoe zijn Europol en Duitsland verbonden?',
      '',
      'Pad 1: Kortste route (1 stap) via inhoudelijke relaties.',
      '  1. Europol werkt samen met Duitsland [van kracht / bestaand] — “analyse en de informatieproducten van Europol”',
      '',
      'Pad 2: Langere route (3 stappen, 2 stappen meer dan de kortste) via inhoudelijke relaties.',
      '  1. Europol werkt samen met Nederland [van kracht / bestaand] — “Europol als kanaal”',
      '  2. Nederland is partij bij Verdrag van Enschede [van kracht / bestaand; getekend 2005] — “in 2005 getekende Verdrag”',
      '     ook: Nederland zet in op Verdrag van Enschede [ambitie]',
      '  3. Verdrag van Enschede heeft als partij Duitsland [van kracht / bestaand] — “Verdrag van Enschede”',
      '',
      'Bron: Kamerbrief visie IPS.',
    ]);
  });

  it('names the source at each quote when the quotes come from more than one document', () => {
    const [first, second] = result.paths;
    const hop = first?.hops[0];
    if (first === undefined || second === undefined || hop === undefined) throw new Error('fixture');
    const other = anEdge('germany', 'cooperates-with', 'europol', {
      quote: 'Europol-verordening',
      sourceId: 'verordening',
    });
    const mixed = { ...result, paths: [{ ...first, hops: [{ ...hop, edges: [other] }] }, second] };
    const withTitles = new Map([...titles, ['verordening', { nl: 'Europol-verordening', en: 'Europol Regulation' }]]);
    const lines = pathText(mixed, { language: 'en', sourceTitles: withTitles }).split('\n');
    expect(lines[3]).toBe(
      '  1. Europol cooperates with Germany [in force / existing] — “Europol-verordening” (Source: Europol Regulation)',
    );
    expect(lines.at(-1)).toMatch(/\(Source: Letter on the IPS vision\)$/);
  });

  it('follows the UI language, and says so when nothing connects or the search was cut short', () => {
    const english = pathText(result, { language: 'en' });
    expect(english).toContain('How are Europol and Germany connected?');
    expect(english).toContain('3. Treaty of Enschede has party Germany [in force / existing]');
    expect(english).not.toContain('Source:');
    const none = pathText({ ...result, paths: [], truncated: true }, { language: 'en' });
    expect(none).toContain('No connection found');
    expect(none).toContain('the search stopped at its limit');
    const before = pathText({ ...result, paths: [], endsNotInYear: ['to'] }, { language: 'nl' });
    expect(before).toContain('Duitsland bestaat volgens de dataset niet in het gekozen jaar; er is dus geen pad.');
    expect(before).not.toContain('Geen verbinding gevonden');
  });

  it('says why a path was chosen when it passes a generic relation', () => {
    const [first, second] = result.paths;
    if (first === undefined || second === undefined) throw new Error('fixture');
    const generic = aReason(1, { genericHops: 1, genericKinds: ['refers-to'] });
    const ranked = {
      ...result,
      paths: [
        { ...first, reason: aReason(1) },
        { ...first, nodes: ['europol', 'x', 'germany'], reason: { ...generic, hops: 2, shortest: false } },
        { ...second, reason: aReason(3, { shortest: false, genericHops: 2, genericKinds: ['refers-to', 'explores'] }) },
      ],
    };
    const english = pathText(ranked, { language: 'en' }).split('\n');
    expect(english.filter((l) => l.startsWith('Path '))).toEqual([
      'Path 1: Shortest route (1 step) via substantive relations.',
      "Path 2: Longer route (2 steps, 1 step more than the shortest); passes a generic 'refers to' relation.",
      "Path 3: Longer route (3 steps, 2 steps more than the shortest); passes generic 'refers to' and 'explores' relations.",
    ]);
    const tie = { ...result, paths: [{ ...first, reason: { ...generic, afterSubstantive: true } }] };
    expect(pathText(tie, { language: 'nl' }).split('\n')[2]).toBe(
      "Pad 1: Kortste route (1 stap); loopt via een algemene relatie 'verwijst naar', daarom na een even korte route via inhoudelijke relaties.",
    );
  });
});
