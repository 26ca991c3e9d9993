// New nodes take free spots around what they are related to: no box overlaps another, the nodes
// already placed stay where they are, an expansion fans out away from the rest of the picture, and
// the same input always gives the same output.
import { describe, expect, it } from 'vitest';
import { placeNewNodes, type Link, type PlacedNode, type Size } from './placement';
import type { Position } from '../state/graphSlice';

const NODE: Size = { width: 90, height: 60 };

interface Box {
  readonly p: Position;
  readonly size: Size;
}

const overlap = (a: Box, b: Box): boolean =>
  Math.abs(a.p.x - b.p.x) < (a.size.width + b.size.width) / 2 &&
  Math.abs(a.p.y - b.p.y) < (a.size.height + b.size.height) / 2;

function overlappingPairs(boxes: readonly Box[]): number {
  let pairs = 0;
  for (let i = 0; i < boxes.length; i += 1)
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      if (a !== undefined && b !== undefined && overlap(a, b)) pairs += 1;
    }
  return pairs;
}

const distance = (a: Position | undefined, b: Position): number => Math.hypot((a?.x ?? NaN) - b.x, (a?.y ?? NaN) - b.y);

/** A hub with a crowd of placed nodes on its left, and `count` new neighbours to place. */
function hubExpansion(count: number): {
  placed: Map<string, PlacedNode>;
  links: Link[];
  fresh: { id: string; size: Size }[];
} {
  const placed = new Map<string, PlacedNode>([['hub', { position: { x: 0, y: 0 }, size: NODE }]]);
  for (let i = 0; i < 12; i += 1)
    placed.set(`old${String(i)}`, {
      position: { x: -400 + (i % 4) * 100, y: -150 + Math.floor(i / 4) * 100 },
      size: NODE,
    });
  const fresh = Array.from({ length: count }, (_, i) => ({ id: `new${String(i)}`, size: NODE }));
  const links = fresh.map((n) => ({ source: 'hub', target: n.id }));
  return { placed, links, fresh };
}

describe('placeNewNodes', () => {
  it('gives every new node a spot where its box overlaps no other box, near the node it grows from', () => {
    const { placed, links, fresh } = hubExpansion(30);
    const spots = placeNewNodes(fresh, links, placed);
    expect(spots.size).toBe(30);
    const boxes = [
      ...[...placed.values()].map((n) => ({ p: n.position, size: n.size })),
      ...fresh.map((n) => ({ p: spots.get(n.id) ?? { x: NaN, y: NaN }, size: n.size })),
    ];
    expect(overlappingPairs(boxes)).toBe(0);
    for (const n of fresh) expect(distance(spots.get(n.id), { x: 0, y: 0 })).toBeLessThan(600);
  });

  it('fans an expansion out on the side away from the rest of the picture', () => {
    const { placed, links, fresh } = hubExpansion(6);
    const spots = [...placeNewNodes(fresh, links, placed).values()];
    // The crowd is on the left of the hub, so the new nodes go right.
    expect(spots.filter((p) => p.x > 0).length).toBeGreaterThanOrEqual(5);
  });

  it('puts a node related to several placed nodes between them', () => {
    const placed = new Map<string, PlacedNode>([
      ['europol', { position: { x: 0, y: 0 }, size: NODE }],
      ['germany', { position: { x: 600, y: 0 }, size: NODE }],
    ]);
    const links = [
      { source: 'jit', target: 'europol' },
      { source: 'germany', target: 'jit' },
    ];
    const p = placeNewNodes([{ id: 'jit', size: NODE }], links, placed).get('jit');
    expect(distance(p, { x: 300, y: 0 })).toBeLessThan(150);
  });

  it('grows a node related only to another new node out of that one', () => {
    const placed = new Map<string, PlacedNode>([['europol', { position: { x: 0, y: 0 }, size: NODE }]]);
    const links = [
      { source: 'europol', target: 'ec3' },
      { source: 'ec3', target: 'cybercrime' },
    ];
    const spots = placeNewNodes(
      [
        { id: 'cybercrime', size: NODE },
        { id: 'ec3', size: NODE },
      ],
      links,
      placed,
    );
    const ec3 = spots.get('ec3') ?? { x: NaN, y: NaN };
    expect(distance(spots.get('cybercrime'), ec3)).toBeLessThan(250);
  });

  it('places an unrelated node near the middle of the picture, on a free spot', () => {
    const placed = new Map<string, PlacedNode>([
      ['a', { position: { x: -100, y: 0 }, size: NODE }],
      ['b', { position: { x: 100, y: 0 }, size: NODE }],
    ]);
    const p = placeNewNodes([{ id: 'lonely', size: NODE }], [], placed).get('lonely');
    expect(distance(p, { x: 0, y: 0 })).toBeLessThan(250);
    expect(overlap({ p: p ?? { x: 0, y: 0 }, size: NODE }, { p: { x: -100, y: 0 }, size: NODE })).toBe(false);
  });

  it('places a large expansion on a large canvas without any overlap', () => {
    const placed = new Map<string, PlacedNode>();
    for (let i = 0; i < 400; i += 1)
      placed.set(`old${String(i)}`, {
        position: { x: (i % 20) * 120, y: Math.floor(i / 20) * 90 },
        size: { width: 100, height: 70 },
      });
    const fresh = Array.from({ length: 200 }, (_, i) => ({ id: `new${String(i)}`, size: NODE }));
    const links = fresh.map((n) => ({ source: 'old210', target: n.id }));
    const spots = placeNewNodes(fresh, links, placed);
    const boxes = [
      ...[...placed.values()].map((n) => ({ p: n.position, size: n.size })),
      ...fresh.map((n) => ({ p: spots.get(n.id) ?? { x: NaN, y: NaN }, size: n.size })),
    ];
    expect(overlappingPairs(boxes)).toBe(0);
  });

  it('is deterministic', () => {
    const { placed, links, fresh } = hubExpansion(20);
    expect(placeNewNodes(fresh, links, placed)).toEqual(placeNewNodes(fresh, links, placed));
  });
});
