// The relation kinds the pattern builder offers follow the ontology's from/to rules.
import { describe, expect, it } from 'vitest';
import { RELATION_KINDS } from '../../../shared/ontology';
import { relationKindsBetween } from './relationChoices';

describe('relationKindsBetween', () => {
  it('offers every kind when neither side is narrowed', () => {
    expect(relationKindsBetween(null, null, 'forward')).toEqual([...RELATION_KINDS]);
  });

  it('offers what instruments can do to phenomena, and not what only states do', () => {
    const kinds = relationKindsBetween(['instrument'], ['phenomenon'], 'forward');
    expect(kinds).toContain('targets');
    expect(kinds).not.toContain('party-to');
    expect(kinds).not.toContain('sends-liaison-to');
  });

  it('reads the relation the other way round for backward, and both ways for either', () => {
    expect(relationKindsBetween(['treaty'], ['state'], 'forward')).not.toContain('party-to');
    expect(relationKindsBetween(['treaty'], ['state'], 'backward')).toContain('party-to');
    const either = relationKindsBetween(['treaty'], ['state'], 'either');
    expect(either).toContain('party-to');
    expect(either).toContain('applies-to');
  });
});
