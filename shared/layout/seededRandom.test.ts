// The seeded generator repeats itself for a seed, and Math.random is always given back.
import { describe, expect, it } from 'vitest';
import { mulberry32, seedOf, withSeededRandom } from './seededRandom';

describe('seeded randomness', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(mulberry32(43)()).not.toBe(first[0]);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('derives one seed from a set of ids, whatever their order', () => {
    expect(seedOf(['b', 'a', 'c'])).toBe(seedOf(['c', 'b', 'a']));
    expect(seedOf(['a', 'bc'])).not.toBe(seedOf(['ab', 'c']));
  });

  it('replaces Math.random only during the run, even when the run throws', () => {
    const original = Math.random;
    const drawn = withSeededRandom(7, () => [Math.random(), Math.random()]);
    expect(withSeededRandom(7, () => [Math.random(), Math.random()])).toEqual(drawn);
    expect(() =>
      withSeededRandom(7, () => {
        throw new Error('layout failed');
      }),
    ).toThrow('layout failed');
    expect(Math.random).toBe(original);
  });
});
