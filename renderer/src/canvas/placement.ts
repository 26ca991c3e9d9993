// Where new nodes go when they join a canvas that is already laid out (an expansion, a search result,
// a path): each grows out of the nodes it is related to, on rings around them, in the first spot
// where its box (shape and label) touches no other box. The rings are tried from the side that faces
// away from the rest of the picture, so an expansion fans out into free space. Nodes already placed
// never move, so manual drags survive. Pure and deterministic (order of ids, no randomness), and cheap:
// no force simulation, collisions looked up in a grid.
import type { Position } from '../state/graphSlice';
import type { NodeBox } from '../../../shared/layout/forceLayout';

export interface Link {
  readonly source: string;
  readonly target: string;
}

/** A node's box, shape and label (estimatedNodeBox). */
export type Size = NodeBox;

export interface PlacedNode {
  readonly position: Position;
  readonly size: Size;
}

export interface NewNode {
  readonly id: string;
  readonly size: Size;
}

/** Distance from the anchor to the first ring: the force layout's ideal edge length. */
const FIRST_RING = 90;
const RING_STEP = 55;
/** Spacing of the spots tried along a ring. */
const SPOT_SPACING = 30;
/** Free space kept around every box. */
const GAP = 10;
/** Beyond this many rings a node takes its last spot tried, overlap or not (never reached in practice). */
const MAX_RINGS = 80;

interface Rect {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

const rectAround = (p: Position, size: Size): Rect => ({
  x1: p.x - size.width / 2 - GAP / 2,
  y1: p.y - size.height / 2 - GAP / 2,
  x2: p.x + size.width / 2 + GAP / 2,
  y2: p.y + size.height / 2 + GAP / 2,
});

const overlaps = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The boxes already taken, bucketed in a uniform grid so a lookup touches only its neighbourhood. */
class OccupiedBoxes {
  private readonly cells = new Map<number, Rect[]>();
  private static readonly CELL = 80;

  /** Cell numbers under a box (exact for canvases up to 2.6 million pixels across). */
  private *keys(r: Rect): Generator<number> {
    const c = OccupiedBoxes.CELL;
    for (let i = Math.floor(r.x1 / c); i <= Math.floor(r.x2 / c); i += 1)
      for (let j = Math.floor(r.y1 / c); j <= Math.floor(r.y2 / c); j += 1) yield (i + 32768) * 65536 + (j + 32768);
  }

  add(r: Rect): void {
    for (const key of this.keys(r)) {
      const cell = this.cells.get(key);
      if (cell === undefined) this.cells.set(key, [r]);
      else cell.push(r);
    }
  }

  isFree(r: Rect): boolean {
    for (const key of this.keys(r)) if (this.cells.get(key)?.some((other) => overlaps(r, other)) === true) return false;
    return true;
  }
}

function centroid(points: readonly Position[]): Position {
  const sum = points.reduce((acc, p) => ({ x: acc.x + p.x, y: acc.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}

/** Angles along a ring, starting at `facing` and alternating to either side of it. */
function anglesFrom(facing: number, count: number): number[] {
  const step = (2 * Math.PI) / count;
  const angles = [facing];
  for (let k = 1; angles.length < count; k += 1) {
    angles.push(facing + k * step);
    if (angles.length < count) angles.push(facing - k * step);
  }
  return angles;
}

/** The first free spot on the rings around `anchor`, from ring `fromRing` outwards; and its ring. */
function firstFreeSpot(
  anchor: Position,
  facing: number,
  size: Size,
  occupied: OccupiedBoxes,
  fromRing: number,
): { spot: Position; ring: number } {
  let spot = anchor;
  for (let ring = fromRing; ring < MAX_RINGS; ring += 1) {
    const radius = FIRST_RING + ring * RING_STEP;
    const count = Math.max(8, Math.floor((2 * Math.PI * radius) / SPOT_SPACING));
    for (const angle of anglesFrom(facing, count)) {
      spot = { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
      if (occupied.isFree(rectAround(spot, size))) return { spot, ring };
    }
  }
  return { spot, ring: MAX_RINGS - 1 };
}

export function placeNewNodes(
  newNodes: readonly NewNode[],
  links: readonly Link[],
  placed: ReadonlyMap<string, PlacedNode>,
): Map<string, Position> {
  const neighbours = new Map<string, string[]>();
  const link = (from: string, to: string): void => {
    const list = neighbours.get(from);
    if (list === undefined) neighbours.set(from, [to]);
    else list.push(to);
  };
  for (const { source, target } of links) {
    link(source, target);
    link(target, source);
  }
  const occupied = new OccupiedBoxes();
  const positions = [...placed.values()].map((p) => p.position);
  for (const { position, size } of placed.values()) occupied.add(rectAround(position, size));
  const middle = positions.length === 0 ? { x: 0, y: 0 } : centroid(positions);
  const result = new Map<string, Position>();
  const where = (id: string): Position | undefined => placed.get(id)?.position ?? result.get(id);
  const anchorsOf = (id: string): Position[] =>
    (neighbours.get(id) ?? []).flatMap((n) => {
      const p = where(n);
      return p === undefined ? [] : [p];
    });
  // Nodes related to something already placed go first; the rest can then grow out of those.
  const related = new Set(newNodes.filter((n) => anchorsOf(n.id).length > 0));
  const inOrder = [...related, ...newNodes.filter((n) => !related.has(n))];
  // Siblings of one anchor fill its rings in turn: the next one starts where the last one fitted.
  const ringReached = new Map<string, number>();
  for (const { id, size } of inOrder) {
    const anchors = anchorsOf(id);
    const anchor = anchors.length === 0 ? middle : centroid(anchors);
    // Face away from the middle of the picture; a node at the middle itself faces up.
    const atMiddle = Math.hypot(anchor.x - middle.x, anchor.y - middle.y) < 1;
    const facing = atMiddle ? -Math.PI / 2 : Math.atan2(anchor.y - middle.y, anchor.x - middle.x);
    const key = `${anchor.x.toFixed(1)},${anchor.y.toFixed(1)}`;
    const { spot, ring } = firstFreeSpot(anchor, facing, size, occupied, ringReached.get(key) ?? 0);
    ringReached.set(key, ring);
    occupied.add(rectAround(spot, size));
    result.set(id, spot);
  }
  return result;
}
