// Search applies the applied "as of" year with the same rule as the canvas: a node the dataset
// dates later is not offered for 2018, and is again without a year.
import { beforeEach, describe, expect, it } from 'vitest';
import { connectFakeApi } from '../../../test/support/fakeApi';
import { suggest, suggestNearby } from './actions';
import { apply, atlasStore, initialState } from './store';
import { aNode } from './testBuilders';
import { setAsOfYear } from './viewSlice';

const agenda = aNode('security-agenda', 'policy', { period: '2019–2022' }, 'in-force');
const police = aNode('netherlands-police', 'national-organisation');
const hits = [agenda, police].map((node) => ({ node, matched: node.label.nl }));

beforeEach(() => {
  atlasStore.setState(initialState, true);
  connectFakeApi({ 'search.suggest': () => hits, 'search.nearby': () => hits });
});

describe('search and the year', () => {
  it('leaves out what does not hold in the applied year', async () => {
    apply(setAsOfYear(2018));
    expect((await suggest('ag')).map((h) => h.node.id)).toEqual(['netherlands-police']);
    expect((await suggestNearby('ag')).map((h) => h.node.id)).toEqual(['netherlands-police']);
    apply(setAsOfYear(2020));
    expect((await suggest('ag')).map((h) => h.node.id)).toEqual(['security-agenda', 'netherlands-police']);
  });

  it('offers everything without a year', async () => {
    expect(await suggest('ag')).toHaveLength(2);
  });
});
