// yEd's node shapes nearest to the ontology's Cytoscape shapes, so a GraphML file opens in yEd
// looking like the canvas (yEd has fewer shapes; the colour carries the rest).
import type { NodeShape } from '../../../../shared/ontology';

const YED_SHAPES: { readonly [S in NodeShape]: string } = {
  ellipse: 'ellipse',
  triangle: 'triangle',
  'round-triangle': 'triangle',
  rectangle: 'rectangle',
  'round-rectangle': 'roundrectangle',
  'bottom-round-rectangle': 'roundrectangle',
  'cut-rectangle': 'octagon',
  barrel: 'ellipse',
  rhomboid: 'parallelogram',
  'right-rhomboid': 'parallelogram',
  diamond: 'diamond',
  'round-diamond': 'diamond',
  pentagon: 'trapezoid',
  'round-pentagon': 'trapezoid',
  hexagon: 'hexagon',
  'round-hexagon': 'hexagon',
  'concave-hexagon': 'hexagon',
  heptagon: 'octagon',
  'round-heptagon': 'octagon',
  octagon: 'octagon',
  'round-octagon': 'octagon',
  star: 'star5',
  tag: 'fatarrow',
  'round-tag': 'fatarrow',
  vee: 'triangle',
};

export const yedShape = (shape: NodeShape): string => YED_SHAPES[shape];
