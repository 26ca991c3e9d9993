import { describe, expect, it } from 'vitest';
import { edgePasses, holdsIn, nodePasses, relationPasses, validity } from './graphFilter';

describe('validity', () => {
  it('reads the first and last year from the dates the letter gives', () => {
    expect(validity({ signed: '2005' })).toEqual({ from: 2005 });
    expect(validity({ period: '2019–2022' })).toEqual({ from: 2019, until: 2022 });
    expect(validity({ since: '2013-05', until: '2019' })).toEqual({ from: 2013, until: 2019 });
    expect(validity({})).toEqual({});
  });
});

describe('holdsIn', () => {
  it('shows a treaty from the year it was signed', () => {
    expect(holdsIn('in-force', { signed: '2005' }, 2004)).toBe(false);
    expect(holdsIn('in-force', { signed: '2005' }, 2005)).toBe(true);
  });
  it('shows planned and pending things from the letter’s year on, unless dated', () => {
    expect(holdsIn('planned', {}, 2018)).toBe(false);
    expect(holdsIn('planned', {}, 2019)).toBe(true);
    expect(holdsIn('planned', { from: '2020' }, 2019)).toBe(false);
    expect(holdsIn('pending-ratification', {}, 2025)).toBe(true);
  });
  it('shows historical things only before the letter, or until their end date', () => {
    expect(holdsIn('historical', { since: '2013' }, 2015)).toBe(true);
    expect(holdsIn('historical', { since: '2013' }, 2020)).toBe(false);
    expect(holdsIn('historical', { period: '2018–2021' }, 2020)).toBe(true);
  });
});

describe('nodePasses / edgePasses', () => {
  const edge = { kind: 'party-to', status: 'in-force', dates: { signed: '2005' } } as const;
  it('filters by kind, status and year together', () => {
    expect(edgePasses(edge, {})).toBe(true);
    expect(edgePasses(edge, { relationKinds: ['member-of'] })).toBe(false);
    expect(edgePasses(edge, { statuses: ['planned'] })).toBe(false);
    expect(edgePasses(edge, { asOfYear: 2000 })).toBe(false);
    expect(nodePasses({ kind: 'state', status: null, dates: {} }, { nodeKinds: ['treaty'] })).toBe(false);
    expect(nodePasses({ kind: 'state', status: null, dates: {} }, { nodeKinds: ['state'], asOfYear: 1990 })).toBe(true);
  });
});

describe('provenance and relations with their ends', () => {
  const editorial = { kind: 'form-of', status: 'in-force', dates: {}, provenance: 'editorial' } as const;
  it('hides editorial groupings when only stated facts are asked for', () => {
    expect(edgePasses(editorial, { provenances: ['stated'] })).toBe(false);
    expect(edgePasses(editorial, { provenances: ['stated', 'editorial'] })).toBe(true);
    expect(nodePasses({ kind: 'state', status: null, dates: {} }, { provenances: ['stated'] })).toBe(true);
  });
  it('drops a relation whose end does not hold in the year', () => {
    const state = { kind: 'state', status: null, dates: {} } as const;
    const later = { kind: 'treaty', status: 'in-force', dates: { signed: '2005' } } as const;
    const relation = { kind: 'party-to', status: 'in-force', dates: { from: '2000' } } as const;
    expect(relationPasses(relation, state, later, { asOfYear: 2004 })).toBe(false);
    expect(relationPasses(relation, state, later, { asOfYear: 2005 })).toBe(true);
  });
});
