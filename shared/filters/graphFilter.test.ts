import { describe, expect, it } from 'vitest';
import { edgePasses, holdsIn, nodePasses, validity } from './graphFilter';

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
