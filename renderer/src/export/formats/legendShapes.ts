// The ontology's node shapes as a PDF draws them: jsPDF's `lines` take each segment relative to the
// point before it (a curve's three points all relative to its start). Derived from the canvas's one
// geometry (canvas/shapeGeometry), so the legend in a PDF matches the canvas.
import type { NodeShape } from '../../../../shared/ontology';
import { shapeGeometry } from '../../canvas/shapeGeometry';

export interface PdfOutline {
  /** Where the outline starts, in the unit box (-1…1, y down). */
  readonly start: readonly [number, number];
  /** [dx, dy] for a line, [dx1, dy1, dx2, dy2, dx, dy] for a cubic curve; the path is closed after. */
  readonly steps: readonly number[][];
  /** Drawn with round joins (Cytoscape's round-* polygons). */
  readonly rounded: boolean;
}

export function outlineOf(shape: NodeShape): PdfOutline {
  const geometry = shapeGeometry(shape);
  let [x, y] = geometry.start;
  const steps = geometry.segments.map((s) => {
    const [ox, oy] = [x, y];
    [x, y] = s.to;
    return s.type === 'line'
      ? [x - ox, y - oy]
      : [s.c1[0] - ox, s.c1[1] - oy, s.c2[0] - ox, s.c2[1] - oy, x - ox, y - oy];
  });
  return { start: geometry.start, steps, rounded: geometry.rounded };
}
