// The outline of each Cytoscape node shape as SVG path data (viewBox -1 -1 2 2), so the legend, the
// search suggestions, the detail panel and the table draw a kind exactly as the canvas does: same
// colour, same shape. Follows Cytoscape's own geometry (regular polygons fitted, flat side down).
import type { NodeShape } from '../../../shared/ontology';

type Point = readonly [number, number];

/** A regular polygon as Cytoscape draws it: odd ones with a point up, even ones with a flat top. */
function ngon(sides: number): Point[] {
  const step = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2;
  return Array.from({ length: sides }, (_, i): Point => [Math.cos(start + i * step), -Math.sin(start + i * step)]);
}

function star(): Point[] {
  const outer = ngon(5);
  const inner = ngon(5).map(([x, y]): Point => [-x * 0.38, -y * 0.38]);
  // Inner points sit between outer ones: the inner pentagon, turned half a step, is the outer one flipped.
  const innerOrdered = [2, 3, 4, 0, 1].map((i): Point => inner[(i + 1) % 5] ?? [0, 0]);
  return outer.flatMap((p, i): Point[] => [p, innerOrdered[i] ?? [0, 0]]);
}

const POLYGONS: Partial<Record<NodeShape, () => Point[]>> = {
  triangle: () => [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  rectangle: () => [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ],
  diamond: () => [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
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
  tag: () => [
    [-1, -1],
    [0.333, -1],
    [1, 0],
    [0.333, 1],
    [-1, 1],
  ],
  'cut-rectangle': () => [
    [-0.7, -1],
    [0.7, -1],
    [1, -0.7],
    [1, 0.7],
    [0.7, 1],
    [-0.7, 1],
    [-1, 0.7],
    [-1, -0.7],
  ],
  'concave-hexagon': () => [
    [-1, -0.95],
    [-0.75, 0],
    [-1, 0.95],
    [1, 0.95],
    [0.75, 0],
    [1, -0.95],
  ],
  vee: () => [
    [-1, -1],
    [0, -0.333],
    [1, -1],
    [0, 1],
  ],
  pentagon: () => ngon(5),
  hexagon: () => ngon(6),
  heptagon: () => ngon(7),
  octagon: () => ngon(8),
  star,
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

const f = (n: number): string => (Math.round(n * 1000) / 1000).toString();

export interface Outline {
  readonly d: string;
  /** Rounded variants are the same polygon drawn with round joins. */
  readonly rounded: boolean;
}

export function shapeOutline(shape: NodeShape): Outline {
  if (shape === 'ellipse') return { d: 'M -1 0 A 1 1 0 1 0 1 0 A 1 1 0 1 0 -1 0 Z', rounded: false };
  if (shape === 'round-rectangle')
    return {
      d: 'M -0.7 -1 H 0.7 Q 1 -1 1 -0.7 V 0.7 Q 1 1 0.7 1 H -0.7 Q -1 1 -1 0.7 V -0.7 Q -1 -1 -0.7 -1 Z',
      rounded: false,
    };
  if (shape === 'bottom-round-rectangle')
    return { d: 'M -1 -1 H 1 V 0.7 Q 1 1 0.7 1 H -0.7 Q -1 1 -1 0.7 Z', rounded: false };
  if (shape === 'barrel')
    return {
      d: 'M -0.8 -1 H 0.8 Q 1 -1 1 -0.6 V 0.6 Q 1 1 0.8 1 H -0.8 Q -1 1 -1 0.6 V -0.6 Q -1 -1 -0.8 -1 Z',
      rounded: false,
    };
  const base = ROUNDED[shape] ?? shape;
  const points = POLYGONS[base]?.() ?? POLYGONS.rectangle?.() ?? [];
  const d = `${points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'} ${f(x)} ${f(y)}`).join(' ')} Z`;
  return { d, rounded: base !== shape };
}
