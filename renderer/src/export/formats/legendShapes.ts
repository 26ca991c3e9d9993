// The ontology's node shapes as outlines a PDF can draw: polygons in a unit box (-1…1, y down), or
// an ellipse / rounded box where the shape is round. Close to Cytoscape's own drawing, so the legend
// in a PDF matches the canvas.
import type { NodeShape } from '../../../../shared/ontology';

export type Outline =
  | { readonly type: 'ellipse' }
  | { readonly type: 'rounded' }
  | { readonly type: 'polygon'; readonly points: readonly (readonly [number, number])[] };

/** A regular polygon with its first corner at the top. */
function regular(sides: number, rotation = 0): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const angle = -Math.PI / 2 + rotation + (2 * Math.PI * i) / sides;
    return [Math.cos(angle), Math.sin(angle)];
  });
}

function star(): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? 1 : 0.42;
    const angle = -Math.PI / 2 + (Math.PI * i) / 5;
    return [r * Math.cos(angle), r * Math.sin(angle)];
  });
}

const polygon = (points: [number, number][]): Outline => ({ type: 'polygon', points });

export function outlineOf(shape: NodeShape): Outline {
  switch (shape) {
    case 'ellipse':
      return { type: 'ellipse' };
    case 'round-rectangle':
    case 'bottom-round-rectangle':
    case 'barrel':
      return { type: 'rounded' };
    case 'rectangle':
      return polygon([
        [-1, -1],
        [1, -1],
        [1, 1],
        [-1, 1],
      ]);
    case 'cut-rectangle':
      return polygon([
        [-0.6, -1],
        [0.6, -1],
        [1, -0.6],
        [1, 0.6],
        [0.6, 1],
        [-0.6, 1],
        [-1, 0.6],
        [-1, -0.6],
      ]);
    case 'triangle':
    case 'round-triangle':
      return polygon([
        [0, -1],
        [1, 1],
        [-1, 1],
      ]);
    case 'vee':
      return polygon([
        [-1, -1],
        [0, -0.3],
        [1, -1],
        [0, 1],
      ]);
    case 'diamond':
    case 'round-diamond':
      return polygon([
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]);
    case 'rhomboid':
      return polygon([
        [-0.6, -1],
        [1, -1],
        [0.6, 1],
        [-1, 1],
      ]);
    case 'right-rhomboid':
      return polygon([
        [-1, -1],
        [0.6, -1],
        [1, 1],
        [-0.6, 1],
      ]);
    case 'tag':
    case 'round-tag':
      return polygon([
        [-1, -1],
        [0.4, -1],
        [1, 0],
        [0.4, 1],
        [-1, 1],
      ]);
    case 'pentagon':
    case 'round-pentagon':
      return polygon(regular(5));
    case 'hexagon':
    case 'round-hexagon':
    case 'concave-hexagon':
      return polygon(regular(6, Math.PI / 6));
    case 'heptagon':
    case 'round-heptagon':
      return polygon(regular(7));
    case 'octagon':
    case 'round-octagon':
      return polygon(regular(8, Math.PI / 8));
    case 'star':
      return polygon(star());
  }
}
