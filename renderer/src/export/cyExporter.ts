// The exporter over a Cytoscape instance: pictures of exactly what the canvas draws (same positions,
// styles and labels). Sizes are given as maxWidth/maxHeight, which makes Cytoscape ignore the
// screen's pixel ratio, so 2× is twice the canvas's CSS size on any screen. SVG ids come from a
// seeded generator, so the same view gives the same file.
import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { withSeededRandom } from '../../../shared/layout/seededRandom';
import type { CanvasExporter, Picture, PictureOptions } from './canvasExporter';
import { cyDrawingSource } from './cyTiles';
import { frameLayout } from './formats/pictureFrame';
import { framedPictureSize, pictureSize } from './formats/pictureSize';
import { paintPicture } from './picturePainter';
import { PictureTooLarge } from './exportSettings';

let svgRegistered = false;

interface SvgCore {
  svg(options: { full: boolean; bg?: string; maxWidth: number; maxHeight: number }): string;
}

/** The picture's size at 1×: the canvas box, or the bounding box of what is visible. */
function baseSize(cy: Core, region: PictureOptions['region']): { width: number; height: number } {
  if (region === 'view') return { width: cy.width(), height: cy.height() };
  const box = cy.elements().not('.hidden').boundingBox();
  return { width: Math.ceil(box.w), height: Math.ceil(box.h) };
}

/**
 * Runs a (synchronous) drawing with every label drawn. The canvas skips labels too small to read at
 * the screen's zoom, to stay fast; a picture drawn larger, or printed, can show them.
 */
function withAllLabels<T>(cy: Core, draw: () => T): T {
  return withoutSelection(cy, () => withLabels(cy, draw));
}

/**
 * Runs a (synchronous) drawing without the selection ring and the keyboard outline: they say where
 * the user is on screen, not anything about the letter, and do not belong in a memo's picture. Both
 * are put back before anything else runs, so the canvas never shows the change; the selection's
 * own events then report the same selection.
 */
function withoutSelection<T>(cy: Core, draw: () => T): T {
  const selected = cy.elements(':selected');
  const focused = cy.nodes('.keyboard-focus');
  selected.unselect();
  focused.removeClass('keyboard-focus');
  try {
    return draw();
  } finally {
    selected.select();
    focused.addClass('keyboard-focus');
  }
}

/** The part of Cytoscape's canvas renderer that decides whether a label is too small to draw. */
interface LabelCulling {
  eleTextBiggerThanMin?: (...args: unknown[]) => boolean;
}

function withLabels<T>(cy: Core, draw: () => T): T {
  // Told for the length of the drawing that every label is big enough: no element is restyled, which
  // for the whole graph cost a fifth of the SVG's one long task (two restyles of every element). The
  // renderer is Cytoscape's internal one (cytoscape-svg draws through it too); where it has no such
  // method, each culled element gets a style bypass instead.
  const renderer = (cy as unknown as { renderer?: () => LabelCulling }).renderer?.();
  const culling = renderer?.eleTextBiggerThanMin;
  if (renderer !== undefined && typeof culling === 'function') {
    renderer.eleTextBiggerThanMin = () => true;
    try {
      return draw();
    } finally {
      renderer.eleTextBiggerThanMin = culling;
    }
  }
  const culled = cy.elements().filter((el) => el.numericStyle('min-zoomed-font-size') > 0);
  culled.style('min-zoomed-font-size', 0);
  try {
    return draw();
  } finally {
    culled.removeStyle('min-zoomed-font-size');
  }
}

async function drawPng(cy: Core, options: PictureOptions): Promise<Picture> {
  const base = baseSize(cy, options.region);
  const frame = options.frame ?? null;
  // The frame is drawn into the same picture: its size counts against the browser's limits too.
  const size =
    frame === null
      ? pictureSize(base, options.scale)
      : framedPictureSize(
          base,
          options.scale,
          (drawing) => frameLayout(drawing, frame, drawing.scale).height - drawing.height,
        );
  if (size === null) throw new PictureTooLarge();
  const reducedTo = size.reduced ? size.scale : null;
  const tiles = cyDrawingSource(cy, {
    region: options.region,
    width: size.width,
    height: size.height,
    scale: size.scale,
    prepared: (draw) => withoutSelection(cy, draw),
  });
  // Drawn in tiles and encoded in a worker where OffscreenCanvas exists, so the window never freezes.
  if (tiles !== null && typeof OffscreenCanvas !== 'undefined') {
    const painted = await paintPicture(tiles, frame, options.background, options.task);
    return { ...painted, reducedTo };
  }
  return drawPngAtOnce(cy, options, size, reducedTo);
}

/** The whole picture in one call of Cytoscape's png(), without frame: where tiles cannot be drawn. */
async function drawPngAtOnce(
  cy: Core,
  options: PictureOptions,
  size: ReturnType<typeof pictureSize>,
  reducedTo: number | null,
): Promise<Picture> {
  // Cytoscape draws synchronously inside png(); only the encoding to a blob is awaited.
  const pending = withAllLabels(cy, () =>
    cy.png({
      output: 'blob-promise',
      full: options.region === 'all',
      maxWidth: size.width,
      maxHeight: size.height,
      ...(options.background === null ? {} : { bg: options.background }),
    }),
  );
  const blob = await pending;
  // Past the browser's canvas limit, drawing gives an empty image rather than an error.
  if (blob.size === 0) throw new PictureTooLarge();
  const png = new Uint8Array(await blob.arrayBuffer());
  return { png, width: size.width, height: size.height, reducedTo };
}

function drawSvg(cy: Core, options: Omit<PictureOptions, 'scale' | 'frame' | 'task'>): string {
  if (!svgRegistered) {
    cytoscape.use(cytoscapeSvg);
    svgRegistered = true;
  }
  const size = baseSize(cy, options.region);
  // cytoscape-svg's canvas stand-in loses Cytoscape's rounded polygons (drawn without beginPath): for
  // the length of the call they are drawn with their sharp twins, which it does draw.
  const rounded = cy.nodes().filter((n) => /^round-(?!rectangle)/.test(String(n.style('shape'))));
  rounded.forEach((n) => {
    n.style('shape', String(n.style('shape')).slice('round-'.length));
  });
  try {
    // cytoscape-svg names gradients and clip paths with Math.random: seeded for the length of the call.
    return withSeededRandom(0x1a7a5, () =>
      withAllLabels(cy, () =>
        (cy as unknown as SvgCore).svg({
          full: options.region === 'all',
          maxWidth: size.width,
          maxHeight: size.height,
          ...(options.background === null ? {} : { bg: options.background }),
        }),
      ),
    );
  } finally {
    rounded.removeStyle('shape');
  }
}

export function cyExporter(cy: Core): CanvasExporter {
  return {
    png: (options) => drawPng(cy, options),
    svg: (options) => drawSvg(cy, options),
    size: (region) => baseSize(cy, region),
    viewport: () => ({ zoom: cy.zoom(), pan: { ...cy.pan() } }),
    setViewport: ({ zoom, pan }) => {
      cy.viewport({ zoom, pan: { ...pan } });
    },
    hasNodes: (ids) => ids.every((id) => cy.getElementById(id).nonempty()),
  };
}
