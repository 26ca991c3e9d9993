// The one shape geometry held against Cytoscape's own: its renderer's shape table (the `points` each
// polygon is drawn from, and each shape's own hit test), read from the installed cytoscape package.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { NODE_DRAWING } from '../../../shared/layout/forceLayout';
import type { NodeShape } from '../../../shared/ontology';
import { shapeGeometry, type Point, type ShapeGeometry } from './shapeGeometry';

/** What this test reads of a Cytoscape node shape (see cytoscape/src/extensions/renderer/base/node-shapes). */
interface CytoscapeShape {
  readonly points: readonly number[];
  /** cut-rectangle only: its four cut corners as [x, y, x, y, inner x, inner y]. */
  generateCutTrianglePts?(
    width: number,
    height: number,
    x: number,
    y: number,
    corner: 'auto',
  ): Record<string, number[]>;
  /** barrel only: its four curves as [start x, y, control x, y, end x, y]. */
  generateBarrelBezierPts?(width: number, height: number, x: number, y: number): Record<string, number[]>;
  checkPoint(
    x: number,
    y: number,
    padding: number,
    width: number,
    height: number,
    centerX: number,
    centerY: number,
    cornerRadius: 'auto',
    rs: object,
  ): boolean;
}

/** Cytoscape's base renderer registers its node shapes on itself; no canvas or DOM is needed for that. */
function cytoscapeShapes(): Readonly<Record<string, CytoscapeShape>> {
  const base = cytoscape('renderer', 'base') as { prototype: object };
  const renderer = Object.create(base.prototype) as {
    registerNodeShapes(): void;
    nodeShapes: Record<string, CytoscapeShape>;
  };
  renderer.registerNodeShapes();
  return renderer.nodeShapes;
}

const SHAPES: readonly NodeShape[] = [
  'ellipse',
  'triangle',
  'round-triangle',
  'rectangle',
  'round-rectangle',
  'bottom-round-rectangle',
  'cut-rectangle',
  'barrel',
  'rhomboid',
  'right-rhomboid',
  'diamond',
  'round-diamond',
  'pentagon',
  'round-pentagon',
  'hexagon',
  'round-hexagon',
  'concave-hexagon',
  'heptagon',
  'round-heptagon',
  'octagon',
  'round-octagon',
  'star',
  'tag',
  'round-tag',
  'vee',
];
/** Shapes Cytoscape draws from a box and pixel-sized corners rather than from their `points`. */
const BOXES = new Set<NodeShape>(['ellipse', 'round-rectangle', 'bottom-round-rectangle', 'cut-rectangle', 'barrel']);

const corners = (g: ShapeGeometry): Point[] => [g.start, ...g.segments.slice(0, -1).map((s) => s.to)];
const lerp = (a: Point, b: Point, t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
function cubicAt(from: Point, s: Extract<ShapeGeometry['segments'][number], { type: 'curve' }>, t: number): Point {
  const [a, b, c] = [lerp(from, s.c1, t), lerp(s.c1, s.c2, t), lerp(s.c2, s.to, t)];
  return lerp(lerp(a, b, t), lerp(b, c, t), t);
}

/**
 * Points along the outline, off the corners: a ray through a corner trips Cytoscape's even-odd test,
 * and the round- polygons' corners are cut by their radius.
 */
function boundary(g: ShapeGeometry): Point[] {
  let from = g.start;
  const along = g.rounded ? [0.5] : [0.2, 0.5, 0.8];
  return g.segments.flatMap((s) => {
    const start = from;
    from = s.to;
    return along.map((t) => (s.type === 'line' ? lerp(start, s.to, t) : cubicAt(start, s, t)));
  });
}

describe('shapeGeometry', () => {
  const shapes = cytoscapeShapes();
  const size = NODE_DRAWING.size;
  const half = size / 2;

  it.each(SHAPES.filter((s) => !BOXES.has(s)))('%s has Cytoscape’s corners, in its order', (shape) => {
    const theirs = shapes[shape]?.points ?? [];
    const ours = corners(shapeGeometry(shape)).flat();
    expect(ours).toHaveLength(theirs.length);
    ours.forEach((v, i) => expect(v).toBeCloseTo(theirs[i] ?? NaN, 9));
  });

  it('cut-rectangle cuts its corners where Cytoscape does', () => {
    const theirs = shapes['cut-rectangle']?.generateCutTrianglePts?.(size, size, 0, 0, 'auto') ?? {};
    const cuts = ['topLeft', 'topRight', 'bottomRight', 'bottomLeft'].flatMap((corner) => {
      const [x1 = NaN, y1 = NaN, x2 = NaN, y2 = NaN] = theirs[corner] ?? [];
      return [[x1 / half, y1 / half] as const, [x2 / half, y2 / half] as const];
    });
    const ours = corners(shapeGeometry('cut-rectangle'));
    expect(ours).toHaveLength(cuts.length);
    for (const [x, y] of cuts) expect(ours.some(([ox, oy]) => Math.hypot(ox - x, oy - y) < 1e-9)).toBe(true);
  });

  it('barrel bends its corners along Cytoscape’s curves', () => {
    const theirs = shapes.barrel?.generateBarrelBezierPts?.(size, size, 0, 0) ?? {};
    const g = shapeGeometry('barrel');
    const curveEnds = g.segments.filter((s) => s.type === 'curve').map((s) => s.to);
    const ends = ['topRight', 'bottomRight', 'bottomLeft', 'topLeft'].map((corner): Point => {
      const [, , , , x = NaN, y = NaN] = theirs[corner] ?? [];
      return [x / half, y / half];
    });
    curveEnds.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(ends[i]?.[0] ?? NaN, 9);
      expect(p[1]).toBeCloseTo(ends[i]?.[1] ?? NaN, 9);
    });
  });

  // Cytoscape's own hit test of cut-rectangle ignores its cut corners, so that shape is checked above.
  it.each(SHAPES.filter((s) => s !== 'cut-rectangle'))(
    '%s: just inside the outline is inside Cytoscape’s shape, just outside is outside',
    (shape) => {
      const theirs = shapes[shape];
      if (theirs === undefined) throw new Error(`Cytoscape has no shape ${shape}`);
      const hits = (scale: number) =>
        boundary(shapeGeometry(shape, size)).map(([x, y]) =>
          theirs.checkPoint(x * half * scale, y * half * scale, 0, size, size, 0, 0, 'auto', {}),
        );
      expect(hits(0.97)).not.toContain(false);
      expect(hits(1.03)).not.toContain(true);
    },
  );
});
