// The pure side of name search: folding into words, prefix tiers, trigram bounds, and which name was meant.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import {
  allowedEdits,
  closestName,
  namePrefixes,
  nameWords,
  prefixTier,
  sharedTrigramsNeeded,
  tablePrefix,
  trigrams,
} from './nameIndex';

describe('name words and prefixes', () => {
  it('folds case and diacritics and splits on anything but letters and digits', () => {
    expect(nameWords("Curaçao 's-Hertogenbosch Coöperatie-12")).toEqual([
      'curacao',
      's',
      'hertogenbosch',
      'cooperatie',
      '12',
    ]);
  });

  it('ranks a whole name over a name that starts with the prefix over a later word', () => {
    expect(prefixTier('EU', 'eu')).toBe(0);
    expect(prefixTier('Europol', 'eu')).toBe(1);
    expect(prefixTier('Verdrag van Enschede', 'en')).toBe(2);
    expect(prefixTier('Europol', 'x')).toBeNull();
  });

  it('lists every 1–3 letter prefix of every word with its best tier', () => {
    const prefixes = namePrefixes(['Verdrag van Enschede', 'Enschede treaty']);
    expect(prefixes.get('e')).toEqual({ tier: 1, name: 'Enschede treaty' });
    expect(prefixes.get('ver')).toEqual({ tier: 1, name: 'Verdrag van Enschede' });
    expect(prefixes.has('verd')).toBe(false);
    expect(prefixes.get('tr')).toEqual({ tier: 2, name: 'Enschede treaty' });
  });

  it('takes the prefix table only for one word of at most three letters', () => {
    expect(tablePrefix('Pö')).toBe('po');
    expect(tablePrefix('pol')).toBe('pol');
    expect(tablePrefix('poli')).toBeNull();
    expect(tablePrefix('p z')).toBeNull();
    expect(tablePrefix('--')).toBeNull();
  });
});

describe('near spellings', () => {
  it('allows more edits for longer words', () => {
    expect([allowedEdits(3), allowedEdits(6), allowedEdits(12)]).toEqual([1, 2, 3]);
  });

  it('never skips a word within the allowed edits (q-gram lemma)', () => {
    const edit = fc.tuple(fc.nat(), fc.constantFrom('a', 'b', 'x'), fc.constantFrom('sub', 'del', 'ins'));
    fc.assert(
      fc.property(fc.stringMatching(/^[a-e]{2,12}$/), fc.array(edit, { maxLength: 3 }), (a, edits) => {
        const allowed = allowedEdits(a.length);
        let b = a;
        for (const [at, letter, op] of edits.slice(0, allowed)) {
          const i = at % (b.length + 1);
          b =
            op === 'ins'
              ? b.slice(0, i) + letter + b.slice(i)
              : b.slice(0, i) + (op === 'sub' ? letter : '') + b.slice(i + 1);
        }
        expect(distance(a, b)).toBeLessThanOrEqual(allowed);
        const shared = trigrams(b).filter((g) => trigrams(a).includes(g)).length;
        expect(shared).toBeGreaterThanOrEqual(sharedTrigramsNeeded(a, allowed));
      }),
      { numRuns: 1000 },
    );
  });

  it('says which of a node’s names was spelled closest, word by word for long names', () => {
    expect(closestName(['Europol', 'EC3'], 'Europool')).toEqual({ name: 'Europol', distance: 1 });
    expect(closestName(['Treaty of Enschede', 'Verdrag van Enschede'], 'verdrag van enschde').name).toBe(
      'Verdrag van Enschede',
    );
  });
});
