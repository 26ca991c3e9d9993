// Pattern results as the table shows them, and the table's sort.
import { describe, expect, it } from 'vitest';
import type { PatternResult } from '../../../shared/contract';
import { aNode, anEdge } from './analysisBuilders';
import { patternRowsText, patternTableRows, sortRows } from './patternRows';

const police = aNode('nationale-politie', 'national-organisation', 'Nationale Politie', 'National Police');
const result: PatternResult = {
  truncated: false,
  rows: [
    {
      subject: aNode('europol', 'international-body', 'Europol'),
      object: police,
      edge: anEdge('nationale-politie', 'sends-liaison-to', 'europol', {
        quote: 'liaisons bij Europol',
        dates: { since: '2010' },
      }),
      forward: false,
    },
    {
      subject: aNode('duitsland', 'state', 'Duitsland', 'Germany'),
      object: police,
      edge: anEdge('nationale-politie', 'sends-liaison-to', 'duitsland', { status: 'planned' }),
      forward: false,
    },
  ],
};

describe('patternTableRows', () => {
  it('reads each relation from the subject, with status, dates and quote', () => {
    const [first, second] = patternTableRows(result, 'en');
    expect(first).toMatchObject({
      subject: 'Europol',
      relation: 'hosts liaison officers or staff from',
      object: 'National Police',
      status: 'in force / existing',
      dates: 'since 2010',
      quote: 'liaisons bij Europol',
      sourceId: 'kamerbrief-visie-ips',
    });
    expect(second).toMatchObject({ subject: 'Germany', status: 'planned', quote: '', sourceId: null });
    expect(patternRowsText(patternTableRows(result, 'nl')).split('\n')[0]).toBe(
      'Europol\tontvangt liaisons of functionarissen van\tNationale Politie\tvan kracht / bestaand\tsinds 2010\t“liaisons bij Europol”',
    );
  });
});

describe('sortRows', () => {
  it('sorts text the Dutch way and numbers as numbers, keeping ties stable, either way round', () => {
    const rows = [
      { name: 'Zweden', n: 2 },
      { name: 'België', n: 10 },
      { name: 'belgie', n: 2 },
      { name: 'Aruba', n: 1 },
    ];
    const by = (row: (typeof rows)[number], column: 'name' | 'n') => row[column];
    expect(sortRows(rows, { column: 'name', descending: false }, by).map((r) => r.name)).toEqual([
      'Aruba',
      'België',
      'belgie',
      'Zweden',
    ]);
    expect(sortRows(rows, { column: 'n', descending: true }, by).map((r) => r.n)).toEqual([10, 2, 2, 1]);
    expect(sortRows(rows, { column: 'n', descending: false }, by).map((r) => r.name)).toEqual([
      'Aruba',
      'Zweden',
      'belgie',
      'België',
    ]);
  });
});
