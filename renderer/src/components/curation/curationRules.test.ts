// The forms' rules: only the relation kinds whose ends the ontology allows, and a selection tidied of
// the white space a double click or a drag takes along.
import { describe, expect, it } from 'vitest';
import { RELATION_KIND_INFO } from '../../../../shared/ontology';
import { allowedRelationKinds, tidyPassage } from './curationRules';

describe('allowedRelationKinds', () => {
  it('offers "is lid van" from a state to an international organisation, not the other way round', () => {
    expect(allowedRelationKinds('state', 'international-organisation')).toContain('member-of');
    expect(allowedRelationKinds('international-organisation', 'state')).not.toContain('member-of');
  });

  it('offers only kinds whose from and to both admit the ends', () => {
    const kinds = allowedRelationKinds('treaty', 'state');
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) {
      expect(RELATION_KIND_INFO[kind].from).toContain('treaty');
      expect(RELATION_KIND_INFO[kind].to).toContain('state');
    }
  });

  it('offers nothing where the ontology allows nothing', () => {
    // "geeft gevolg aan" and its kin start from papers, never from an event towards a state.
    const kinds = allowedRelationKinds('event', 'code');
    expect(kinds.every((k) => RELATION_KIND_INFO[k].from.includes('event'))).toBe(true);
    expect(kinds).not.toContain('responds-to');
  });
});

describe('tidyPassage', () => {
  const text = 'Europol en Interpol werken samen.\n\nEuropol deelt informatie.';

  it('drops white space at either end', () => {
    expect(tidyPassage(text, { start: 10, end: 20 })).toEqual({ start: 11, end: 19 });
  });

  it('is null when only white space is selected', () => {
    expect(tidyPassage(text, { start: 33, end: 35 })).toBeNull();
  });

  it('keeps the range within the text', () => {
    expect(tidyPassage(text, { start: -4, end: 9999 })).toEqual({ start: 0, end: text.length });
  });
});
