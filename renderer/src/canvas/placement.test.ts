// New nodes start around what they are related to; the same input always gives the same output.
import { describe, expect, it } from 'vitest';
import { seedPositions } from './placement';

describe('seedPositions', () => {
  const placed = new Map([
    ['europol', { x: 100, y: 100 }],
    ['germany', { x: -500, y: 0 }],
  ]);
  const links = [
    { source: 'europol', target: 'ec3' },
    { source: 'sirene', target: 'europol' },
  ];

  it('puts new nodes on a ring around their placed neighbour', () => {
    const seeded = seedPositions(['ec3', 'sirene'], links, placed);
    for (const id of ['ec3', 'sirene']) {
      const p = seeded.get(id);
      const d = Math.hypot((p?.x ?? 0) - 100, (p?.y ?? 0) - 100);
      expect(d).toBeGreaterThan(50);
      expect(d).toBeLessThan(150);
    }
    expect(seeded.get('ec3')).not.toEqual(seeded.get('sirene'));
  });

  it('starts an unrelated node near the middle of what is placed', () => {
    const p = seedPositions(['lonely'], [], placed).get('lonely');
    expect(Math.hypot((p?.x ?? 0) + 200, (p?.y ?? 0) - 50)).toBeLessThan(150);
  });

  it('is deterministic', () => {
    expect(seedPositions(['ec3', 'sirene'], links, placed)).toEqual(seedPositions(['ec3', 'sirene'], links, placed));
  });
});
