// The one "as of" rule, over many years, every status, nodes and relations with their ends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../ontology';
import { earliestYear, holdingIn, REFERENCE_YEAR, relationHoldingIn, weakest, type Datable } from './asOf';

const years = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** The years in which `element` has each answer, for compact expectations. */
function answers(element: Datable, span = years(2000, 2025)): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const year of span) (out[holdingIn(element, year)] ??= []).push(year);
  return out;
}

describe('holdingIn', () => {
  it('holds a dated in-force element from its start on, and not before', () => {
    expect(answers({ status: 'in-force', dates: { signed: '2005' } })).toEqual({
      not: years(2000, 2004),
      holds: years(2005, 2025),
    });
  });

  it('does not claim an undated in-force element before the letter: undated, then holds', () => {
    expect(answers({ status: 'in-force', dates: {} })).toEqual({
      undated: years(2000, REFERENCE_YEAR - 1),
      holds: years(REFERENCE_YEAR, 2025),
    });
  });

  it('does not move the start for a revision: a treaty revised in 2018 is undated before the letter', () => {
    expect(holdingIn({ status: 'in-force', dates: { revised: '2018' } }, 2010)).toBe('undated');
    expect(holdingIn({ status: 'in-force', dates: { signed: '2004', revised: '2018' } }, 2010)).toBe('holds');
  });

  it('stops a historical element at its end date, or at the letter when it has none', () => {
    expect(answers({ status: 'historical', dates: { from: '2010', until: '2015' } })).toEqual({
      not: [...years(2000, 2009), ...years(2016, 2025)],
      holds: years(2010, 2015),
    });
    expect(answers({ status: 'historical', dates: { since: '2013' } })).toEqual({
      not: [...years(2000, 2012), ...years(REFERENCE_YEAR, 2025)],
      holds: years(2013, REFERENCE_YEAR - 1),
    });
    expect(answers({ status: 'historical', dates: {} })).toEqual({
      undated: years(2000, REFERENCE_YEAR - 1),
      not: years(REFERENCE_YEAR, 2025),
    });
    expect(holdingIn({ status: 'historical', dates: { until: '2015' } }, 2012)).toBe('undated');
  });

  it.each(['planned', 'ambition', 'pending-ratification'] as const)('does not hold %s before its start', (status) => {
    expect(answers({ status, dates: {} })).toEqual({
      not: years(2000, REFERENCE_YEAR - 1),
      holds: years(REFERENCE_YEAR, 2025),
    });
    expect(answers({ status, dates: { from: '2020-01-01' } })).toEqual({
      not: years(2000, 2019),
      holds: years(2020, 2025),
    });
  });

  it('holds an undated node without status (an actor or subject) in every year', () => {
    expect(answers({ status: null, dates: {} })).toEqual({ holds: years(2000, 2025) });
    expect(answers({ status: null, dates: { founded: '2010' } })).toEqual({
      not: years(2000, 2009),
      holds: years(2010, 2025),
    });
  });

  it('reads periods and partial dates', () => {
    const agenda = { status: 'in-force', dates: { period: '2019–2022' } } as const;
    expect([2018, 2019, 2022, 2023].map((y) => holdingIn(agenda, y))).toEqual(['not', 'holds', 'holds', 'not']);
    expect(holdingIn({ status: 'in-force', dates: { since: '2013-05' } }, 2013)).toBe('holds');
  });

  it('never holds outside the dates, whatever the status (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(null, ...STATUSES),
        fc.integer({ min: 1950, max: 2030 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1900, max: 2100 }),
        (status, from, length, year) => {
          const holding = holdingIn({ status, dates: { from: String(from), until: String(from + length) } }, year);
          if (year < from || year > from + length) expect(holding).toBe('not');
        },
      ),
    );
  });
});

describe('relationHoldingIn', () => {
  const treaty = { status: 'in-force', dates: { signed: '2005' } } as const;
  const state = { status: null, dates: {} } as const;
  const planned = { status: 'planned', dates: { from: '2021' } } as const;

  it('holds a relation no further than both its ends', () => {
    const party = { status: 'in-force', dates: { from: '2000' } } as const;
    expect(relationHoldingIn(party, state, treaty, 2004)).toBe('not');
    expect(relationHoldingIn(party, state, treaty, 2005)).toBe('holds');
    expect(relationHoldingIn(party, treaty, planned, 2020)).toBe('not');
    expect(relationHoldingIn(party, treaty, planned, 2021)).toBe('holds');
  });

  it('is undated when the relation or an end is undated that year', () => {
    const undated = { status: 'in-force', dates: {} } as const;
    expect(relationHoldingIn(undated, state, treaty, 2010)).toBe('undated');
    expect(relationHoldingIn(treaty, state, undated, 2010)).toBe('undated');
    expect(relationHoldingIn(undated, state, treaty, REFERENCE_YEAR)).toBe('holds');
  });

  it('takes the weakest answer', () => {
    expect(weakest()).toBe('holds');
    expect(weakest('holds', 'undated')).toBe('undated');
    expect(weakest('undated', 'not', 'holds')).toBe('not');
  });
});

describe('earliestYear', () => {
  it('is the earliest year any date names, or the letter’s year', () => {
    expect(earliestYear([])).toBe(REFERENCE_YEAR);
    expect(earliestYear([{ dates: { signed: '2005' } }, { dates: { period: '1998–2002', revised: '2018' } }])).toBe(
      1998,
    );
  });
});
