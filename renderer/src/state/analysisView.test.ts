// The pattern query travels with a saved view: encoded with it, read back from its JSON, and opened
// again into the analysis slice; older or damaged views still open.
import { describe, expect, it } from 'vitest';
import type { PatternQuery } from '../../../shared/analysis/patternQuery';
import { setPattern } from './analysisSlice';
import { viewOf } from './historySlice';
import { initialState } from './store';
import { decodeView, encodeView } from './viewCodec';

const query: PatternQuery = {
  subject: { type: 'node', id: 'nederland' },
  relationKinds: ['sends-liaison-to'],
  object: { type: 'kinds', kinds: ['state', 'international-body'] },
  direction: 'forward',
  statuses: ['in-force', 'planned'],
  asOfYear: 2019,
};

const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('pattern query in saved views', () => {
  it('round-trips through the saved view JSON', () => {
    const saved = throughJson(encodeView(viewOf(initialState), query));
    expect(decodeView(saved)?.pattern).toEqual(query);
    expect(setPattern(query)(initialState).analysis.pattern).toEqual(query);
  });

  it('still opens a view saved without a pattern, or with one this version cannot read', () => {
    const plain = throughJson(encodeView(viewOf(initialState)));
    expect(decodeView(plain)).not.toBeNull();
    expect(decodeView(plain)?.pattern).toBeUndefined();
    const damaged = { ...(plain as object), pattern: { ...query, direction: 'sideways' } };
    expect(decodeView(damaged)).not.toBeNull();
    expect(decodeView(damaged)?.pattern).toBeUndefined();
  });
});
