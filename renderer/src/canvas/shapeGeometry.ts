// The one geometry of every node shape, as Cytoscape draws it on the canvas: an outline in a unit box
// (-1…1, y down) made of lines and cubic curves. The legend's icons (shapeOutline) and the PDF legend
// (export/formats/legendShapes) both derive from it, and shapeGeometry.test.ts holds it against
// Cytoscape's own shape tables, so no drawing of a kind can drift from the canvas again.
import { NODE_DRAWING } from '../../../shared/layout/forceLayout';
import type { NodeShape } from '../../../shared/ontology';

export type Point = readonly [number, number];

export type Segment =
  | { readonly type: 'line'; readonly to: Point }
  | { readonly type: 'curve'; readonly c1: Point; readonly c2: Point; readonly to: Point };

export interface ShapeGeometry {
  readonly start: Point;
  /** Closed: the last segment ends where `start` is. */
  readonly segments: readonly Segment[];
  /** Cytoscape's round-* polygons: the same corners, drawn with round joins. */
  readonly rounded: boolean;
}

/** A regular polygon as Cytoscape lays it out: odd ones point up, even ones have a flat top. */
function unitNgon(sides: number, rotation = 0): Point[] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  return Array.from({ length: sides }, (_, i): Point => [Math.cos(start + i * step), -Math.sin(start + i * step)]);
}

/** Stretched to fill the box, then moved down if it pokes out at the top (Cytoscape's fit to square). */
function fitToSquare(points: readonly Point[]): Point[] {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const stretched = points.map(([x, y]): Point => [x * sx, y * sy]);
  const top = Math.min(...stretched.map(([, y]) => y));
  return top < -1 ? stretched.map(([x, y]): Point => [x, y - 1 - top]) : stretched;
}

function star(): Point[] {
  // The inner corners sit on the golden-ratio radius, widened by Cytoscape's factor of 1.57.
  const inner = ((3 - Math.sqrt(5)) / 2) * 1.57;
  const outerPoints = unitNgon(5);
  const innerPoints = unitNgon(5, Math.PI / 5).map(([x, y]): Point => [x * inner, y * inner]);
  return fitToSquare(outerPoints.flatMap((p, i): Point[] => [p, innerPoints[i] ?? p]));
}

const TAG: Point[] = [
  [-1, -1],
  [0.25, -1],
  [1, 0],
  [0.25, 1],
  [-1, 1],
];
const DIAMOND: Point[] = [
  [0, 1],
  [1, 0],
  [0, -1],
  [-1, 0],
];

const POLYGONS: Partial<Record<NodeShape, () => Point[]>> = {
  triangle: () => fitToSquare(unitNgon(3)),
  rectangle: () => fitToSquare(unitNgon(4)),
  diamond: () => DIAMOND,
  pentagon: () => fitToSquare(unitNgon(5)),
  hexagon: () => fitToSquare(unitNgon(6)),
  heptagon: () => fitToSquare(unitNgon(7)),
  octagon: () => fitToSquare(unitNgon(8)),
  star,
  vee: () => [
    [-1, -1],
    [0, -0.333],
    [1, -1],
    [0, 1],
  ],
  rhomboid: () => [
    [-1, -1],
    [0.333, -1],
    [1, 1],
    [-0.333, 1],
  ],
  'right-rhomboid': () => [
    [-0.333, -1],
    [1, -1],
    [0.333, 1],
    [-1, 1],
  ],
  'concave-hexagon': () => [
    [-1, -0.95],
    [-0.75, 0],
    [-1, 0.95],
    [1, 0.95],
    [0.75, 0],
    [1, -0.95],
  ],
  tag: () => TAG,
};

const ROUNDED: Partial<Record<NodeShape, NodeShape>> = {
  'round-triangle': 'triangle',
  'round-diamond': 'diamond',
  'round-pentagon': 'pentagon',
  'round-hexagon': 'hexagon',
  'round-heptagon': 'heptagon',
  'round-octagon': 'octagon',
  'round-tag': 'tag',
};

const line = (to: Point): Segment => ({ type: 'line', to });
/** A quadratic curve from `from` written as the cubic it equals. */
const quad = (from: Point, control: Point, to: Point): Segment => ({
  type: 'curve',
  c1: [from[0] + (2 / 3) * (control[0] - from[0]), from[1] + (2 / 3) * (control[1] - from[1])],
  c2: [to[0] + (2 / 3) * (control[0] - to[0]), to[1] + (2 / 3) * (control[1] - to[1])],
  to,
});
/** The share of a quarter circle's radius at which its cubic Bézier's control points sit. */
const KAPPA = 0.5522847498;
/** A quarter circle from `from` around the corner `corner` to `to` (both a radius from the corner). */
const arc = (from: Point, corner: Point, to: Point): Segment => ({
  type: 'curve',
  c1: [from[0] + KAPPA * (corner[0] - from[0]), from[1] + KAPPA * (corner[1] - from[1])],
  c2: [to[0] + KAPPA * (corner[0] - to[0]), to[1] + KAPPA * (corner[1] - to[1])],
  to,
});

const ofPolygon = (points: readonly Point[], rounded: boolean): ShapeGeometry => ({
  start: points[0] ?? [0, 0],
  segments: [...points.slice(1), points[0] ?? [0, 0]].map(line),
  rounded,
});

/** Drops the empty lines a corner of radius 0 or a full half-circle side leaves. */
function box(start: Point, segments: readonly Segment[]): ShapeGeometry {
  let at = start;
  const kept = segments.filter((s) => {
    const isEmpty = s.type === 'line' && s.to[0] === at[0] && s.to[1] === at[1];
    at = s.to;
    return !isEmpty;
  });
  return { start, segments: kept, rounded: false };
}

/** A box with corners of radius `r` (unit box) where `round` says so, clockwise from the top left. */
function roundedBox(r: number, round: readonly [boolean, boolean, boolean, boolean]): ShapeGeometry {
  const [tl, tr, br, bl] = round.map((isRound) => (isRound ? r : 0)) as [number, number, number, number];
  const corner = (size: number, from: Point, at: Point, to: Point): Segment[] =>
    size === 0 ? [line(at)] : [line(from), arc(from, at, to)];
  return box(
    [-1 + tl, -1],
    [
      ...corner(tr, [1 - tr, -1], [1, -1], [1, -1 + tr]),
      ...corner(br, [1, 1 - br], [1, 1], [1 - br, 1]),
      ...corner(bl, [-1 + bl, 1], [-1, 1], [-1, 1 - bl]),
      ...corner(tl, [-1, -1 + tl], [-1, -1], [-1 + tl, -1]),
    ],
  );
}

/** Cytoscape's barrel: each corner a quadratic curve, offsets as shares of the node's size. */
function barrel(size: number): ShapeGeometry {
  const h = (2 * Math.min(15, 0.05 * size)) / size;
  const w = (2 * Math.min(100, 0.25 * size)) / size;
  const c = 2 * 0.05;
  return box(
    [-1 + w, -1],
    [
      line([1 - w, -1]),
      quad([1 - w, -1], [1 - c, -1], [1, -1 + h]),
      line([1, 1 - h]),
      quad([1, 1 - h], [1 - c, 1], [1 - w, 1]),
      line([-1 + w, 1]),
      quad([-1 + w, 1], [-1 + c, 1], [-1, 1 - h]),
      line([-1, -1 + h]),
      quad([-1, -1 + h], [-1 + c, -1], [-1 + w, -1]),
    ],
  );
}

/** The outline of `shape` on a node `size` pixels wide (the corners Cytoscape sizes in pixels). */
export function shapeGeometry(shape: NodeShape, size: number = NODE_DRAWING.size): ShapeGeometry {
  const half = size / 2;
  // Cytoscape: round-rectangle corners min(size/4, 8) px, cut corners 8 px.
  const radius = Math.min(size / 4, 8) / half;
  switch (shape) {
    case 'ellipse':
      return roundedBox(1, [true, true, true, true]);
    case 'round-rectangle':
      return roundedBox(radius, [true, true, true, true]);
    case 'bottom-round-rectangle':
      return roundedBox(radius, [false, false, true, true]);
    case 'barrel':
      return barrel(size);
    case 'cut-rectangle': {
      const cut = 8 / half;
      return ofPolygon(
        [
          [-1 + cut, -1],
          [1 - cut, -1],
          [1, -1 + cut],
          [1, 1 - cut],
          [1 - cut, 1],
          [-1 + cut, 1],
          [-1, 1 - cut],
          [-1, -1 + cut],
        ],
        false,
      );
    }
    default: {
      const base = ROUNDED[shape] ?? shape;
      return ofPolygon(POLYGONS[base]?.() ?? fitToSquare(unitNgon(4)), base !== shape);
    }
  }
}
