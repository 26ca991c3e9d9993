// The force-directed layout's settings and the size of a drawn node, in one place: the canvas runs
// fcose with them, and the dataset build runs the same fcose with them to ship the whole graph's
// overview already laid out (main/dataset/overviewLayout.ts).

/** fcose options shared by the canvas and the build (plain data; each side adds its own run options). */
export const FORCE_LAYOUT = {
  name: 'fcose',
  animate: false,
  fit: false,
  quality: 'default',
  idealEdgeLength: 90,
  nodeRepulsion: 8000,
  packComponents: true,
} as const;

/** How a node is drawn (graphStyle.ts): a shape of this size with its label, wrapped, beneath it. */
export const NODE_DRAWING = {
  size: 26,
  labelFontSize: 11,
  labelMaxWidth: 120,
  labelMargin: 4,
} as const;

/** Average advance of one character of the label font, as a share of its size (system sans-serif). */
const CHARACTER_WIDTH = 0.56;
/** Line height of a wrapped label, as a multiple of its font size. */
const LINE_HEIGHT = 1.3;

/** The room a drawn node takes: its shape with its label. */
export interface NodeBox {
  readonly width: number;
  readonly height: number;
}

/**
 * The box a node and its label take up, estimated from the label's length: for the build, where no
 * text can be measured, and for placing new nodes on the canvas without a style pass. Labels wrap at
 * NODE_DRAWING.labelMaxWidth.
 */
export function estimatedNodeBox(label: string): NodeBox {
  const { size, labelFontSize, labelMaxWidth, labelMargin } = NODE_DRAWING;
  const textWidth = label.length * labelFontSize * CHARACTER_WIDTH;
  const lines = Math.max(1, Math.ceil(textWidth / labelMaxWidth));
  const labelHeight = lines * labelFontSize * LINE_HEIGHT;
  // The label hangs below the shape; a layout places centres, so the box is kept symmetric about it.
  return { width: Math.max(size, Math.min(labelMaxWidth, textWidth)), height: size + 2 * (labelMargin + labelHeight) };
}
