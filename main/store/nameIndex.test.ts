// Near spellings: misspelled names find their node, ranked by edit distance; far-off text finds nothing.
import { describe, expect, it } from 'vitest';
import { allowedEdits, NameIndex } from './nameIndex';

const index = new NameIndex([
  { id: 'europol', names: ['Europol'] },
  { id: 'interpol', names: ['Interpol', 'ICPO-Interpol'] },
  { id: 'treaty-of-enschede', names: ['Verdrag van Enschede', 'Treaty of Enschede'] },
  { id: 'curacao', names: ['Curaçao'] },
  { id: 'germany', names: ['Duitsland', 'Germany'] },
]);

describe('NameIndex.nearby', () => {
  it('finds a name one letter off, and says which name it matched', () => {
    expect(index.nearby('Europool', 5)[0]).toEqual({ id: 'europol', name: 'Europol', distance: 1 });
    expect(index.nearby('interpoll', 5)[0]?.id).toBe('interpol');
  });

  it('matches a word inside a longer name, ignoring case and diacritics', () => {
    expect(index.nearby('enschde', 5).map((m) => m.id)).toEqual(['treaty-of-enschede']);
    expect(index.nearby('CURACOA', 5)[0]?.id).toBe('curacao');
    expect(index.nearby('verdrag van enschde', 5)[0]).toMatchObject({ id: 'treaty-of-enschede', distance: 1 });
  });

  it('ranks the closer spelling first and lists each node once', () => {
    const found = index.nearby('europl', 5);
    expect(found[0]?.id).toBe('europol');
    expect(new Set(found.map((m) => m.id)).size).toBe(found.length);
  });

  it('finds nothing for text far from every name, or too short to judge', () => {
    expect(index.nearby('zzzqqq', 5)).toEqual([]);
    expect(index.nearby('x', 5)).toEqual([]);
  });

  it('allows more edits for longer words', () => {
    expect([allowedEdits(3), allowedEdits(6), allowedEdits(12)]).toEqual([1, 2, 3]);
  });
});
