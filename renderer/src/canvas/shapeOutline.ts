// A node shape as SVG path data (viewBox -1 -1 2 2), so the legend, the search suggestions, the
// detail panel and the table draw a kind exactly as the canvas does: drawn from shapeGeometry.
import type { NodeShape } from '../../../shared/ontology';
import { shapeGeometry, type Point } from './shapeGeometry';

const f = (n: number): string => (Math.round(n * 1000) / 1000).toString();
const pt = ([x, y]: Point): string => `${f(x)} ${f(y)}`;

export interface Outline {
  readonly d: string;
  /** Rounded variants are the same polygon drawn with round joins. */
  readonly rounded: boolean;
}

export function shapeOutline(shape: NodeShape): Outline {
  const geometry = shapeGeometry(shape);
  const path = geometry.segments.map((s) =>
    s.type === 'line' ? `L ${pt(s.to)}` : `C ${pt(s.c1)} ${pt(s.c2)} ${pt(s.to)}`,
  );
  return { d: `M ${pt(geometry.start)} ${path.join(' ')} Z`, rounded: geometry.rounded };
}
