// The overview's kind groups: every node placed, each kind's most connected node at its group's
// centre, groups apart from one another, and the same input giving the same places.
import { describe, expect, it } from 'vitest';
import { GROUP_SPACING, groupByKind, type GroupedNode } from './kindGroups';

const nodes: GroupedNode[] = [
  ...Array.from({ length: 12 }, (_, i) => ({ id: `s${String(i)}`, kind: 'state', degree: i })),
  ...Array.from({ length: 5 }, (_, i) => ({ id: `t${String(i)}`, kind: 'treaty', degree: 10 - i })),
  { id: 'x', kind: 'unknown-kind', degree: 1 },
];

describe('groupByKind', () => {
  it('places every node once, deterministically', () => {
    const placed = groupByKind(nodes, ['state', 'treaty']);
    expect([...placed.keys()].sort()).toEqual(nodes.map((n) => n.id).sort());
    expect(groupByKind(nodes, ['state', 'treaty'])).toEqual(placed);
  });

  it('puts the most connected node of a kind at the centre, the others at least the spacing away', () => {
    const placed = groupByKind(nodes, ['state', 'treaty']);
    const hub = placed.get('s11');
    if (hub === undefined) throw new Error('the hub was not placed');
    for (const n of nodes.filter((m) => m.kind === 'state' && m.id !== 's11')) {
      const p = placed.get(n.id);
      if (p === undefined) throw new Error(`${n.id} was not placed`);
      expect(Math.hypot(p.x - hub.x, p.y - hub.y)).toBeGreaterThanOrEqual(GROUP_SPACING - 1e-9);
    }
  });

  it('keeps groups apart: no node of one kind sits inside another kind’s group', () => {
    const placed = groupByKind(nodes, ['state', 'treaty']);
    const states = nodes.filter((n) => n.kind === 'state').map((n) => placed.get(n.id)?.x ?? 0);
    const treaties = nodes.filter((n) => n.kind === 'treaty').map((n) => placed.get(n.id)?.x ?? 0);
    const apart =
      Math.max(...states) < Math.min(...treaties) ||
      Math.max(...treaties) < Math.min(...states) ||
      nodes
        .filter((n) => n.kind === 'treaty')
        .every(
          (n) =>
            (placed.get(n.id)?.y ?? 0) >
            Math.max(...nodes.map((m) => (m.kind === 'state' ? (placed.get(m.id)?.y ?? 0) : -Infinity))),
        );
    expect(apart).toBe(true);
  });
});
