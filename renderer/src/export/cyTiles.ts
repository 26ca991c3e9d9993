// A Cytoscape picture drawn a tile at a time. cy.png() draws the whole picture in one synchronous
// call (over a second for a 4× picture of the whole graph); its renderer's own drawElements, which
// png() calls, draws onto any context under any transform, so each tile is the same drawing moved
// by the tile's offset: the same shapes, labels and edges as png(), in steps that fit in a frame. Each
// tile draws only the elements whose bounds reach into it, as Cytoscape culls to its viewport, so a
// picture of seventy tiles costs about one drawing, not seventy.
import type { Core } from 'cytoscape';
import type { PictureRegion } from './canvasExporter';
import type { DrawingSource, TileContext } from './picturePainter';

interface Bounds {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** An element as the renderer's z-sorted list holds it. */
interface Drawable {
  id(): string;
  boundingBox(): Bounds;
}

/** The calls of Cytoscape's canvas renderer that png() uses (not in its public types). */
interface CanvasRendererCalls {
  getCachedZSortedEles(): ArrayLike<Drawable>;
  drawElements(context: TileContext, elements: readonly Drawable[]): void;
  /** Whether a label is big enough to draw at the screen's zoom (its min-zoomed-font-size). */
  eleTextBiggerThanMin?: (ele: Drawable, scale?: number) => boolean;
}

/**
 * Runs a drawing with every label drawn. The canvas skips labels too small to read at the screen's
 * zoom; a picture drawn larger can show them. Setting min-zoomed-font-size to 0 on every element (as
 * the SVG does) costs two style passes of ~50 ms each and a redraw of the screen, once per batch of
 * tiles; answering the renderer's one question "is this label big enough?" with yes for the length
 * of the batch costs nothing and leaves the screen alone.
 */
function withEveryLabel(renderer: CanvasRendererCalls, draw: () => void): void {
  const own = Object.prototype.hasOwnProperty.call(renderer, 'eleTextBiggerThanMin');
  const previous = renderer.eleTextBiggerThanMin;
  renderer.eleTextBiggerThanMin = () => true;
  try {
    draw();
  } finally {
    if (own) renderer.eleTextBiggerThanMin = previous;
    else delete renderer.eleTextBiggerThanMin;
  }
}

/** Model units added around a tile, so a stroke or arrow tip on its edge is drawn on both sides. */
const MARGIN = 4;

function canvasRenderer(cy: Core): CanvasRendererCalls | null {
  const renderer = (cy as unknown as { renderer?: () => Partial<CanvasRendererCalls> | undefined }).renderer?.();
  if (typeof renderer?.drawElements !== 'function' || typeof renderer.getCachedZSortedEles !== 'function') return null;
  return renderer as CanvasRendererCalls;
}

interface TileInput {
  readonly region: PictureRegion;
  readonly width: number;
  readonly height: number;
  /** Picture pixels per CSS pixel (region 'view') or per model unit (region 'all'). */
  readonly scale: number;
  /** Sets the canvas up for a picture (no selection ring) for the length of a (synchronous) call. */
  readonly prepared: (draw: () => void) => void;
}

/** The drawing as tiles, or null when this Cytoscape has no canvas renderer to draw with. */
export function cyDrawingSource(cy: Core, input: TileInput): DrawingSource | null {
  const renderer = canvasRenderer(cy);
  if (renderer === null) return null;
  const { scale } = input;
  // Taken once: every tile is drawn from the same viewport and bounds, whatever happens between.
  const box = cy.elements().not('.hidden').boundingBox();
  const zoom = cy.zoom();
  const pan = { ...cy.pan() };
  // Picture pixels to model units, and each element's bounds, asked once for every tile.
  const toModel =
    input.region === 'all'
      ? (px: number, py: number) => ({ x: px / scale + box.x1, y: py / scale + box.y1 })
      : (px: number, py: number) => ({ x: (px / scale - pan.x) / zoom, y: (py / scale - pan.y) / zoom });
  const bounds = new Map<string, Bounds>();
  const boundsOf = (ele: Drawable): Bounds => {
    let found = bounds.get(ele.id());
    if (found === undefined) bounds.set(ele.id(), (found = ele.boundingBox()));
    return found;
  };
  // Asking every element's bounds in the first tile took a long task of its own: asked ahead, in steps.
  let warmed = 0;
  const warm = (): boolean => {
    const all = renderer.getCachedZSortedEles();
    const until = Math.min(all.length, warmed + 150);
    for (; warmed < until; warmed += 1) {
      const ele = all[warmed];
      if (ele !== undefined) boundsOf(ele);
    }
    return warmed >= all.length;
  };
  const within = (x: number, y: number, w: number, h: number): Drawable[] => {
    const from = toModel(x, y);
    const to = toModel(x + w, y + h);
    const all = renderer.getCachedZSortedEles();
    const reached: Drawable[] = [];
    for (let i = 0; i < all.length; i += 1) {
      const ele = all[i];
      if (ele === undefined) continue;
      const b = boundsOf(ele);
      if (b.x2 >= from.x - MARGIN && b.x1 <= to.x + MARGIN && b.y2 >= from.y - MARGIN && b.y1 <= to.y + MARGIN)
        reached.push(ele);
    }
    return reached;
  };
  return {
    width: input.width,
    height: input.height,
    scale,
    prepared: (draw) => input.prepared(() => withEveryLabel(renderer, draw)),
    warm,
    drawTile: (context, x, y) => {
      if (input.region === 'all') {
        context.translate(-box.x1 * scale - x, -box.y1 * scale - y);
        context.scale(scale, scale);
      } else {
        context.translate(pan.x * scale - x, pan.y * scale - y);
        context.scale(scale * zoom, scale * zoom);
      }
      renderer.drawElements(context, within(x, y, context.canvas.width, context.canvas.height));
    },
  };
}
