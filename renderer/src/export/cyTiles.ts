// A Cytoscape picture drawn a tile at a time. cy.png() draws the whole picture in one synchronous
// call (over a second for a 4× picture of the whole graph); its renderer's own drawElements, which
// png() calls, draws onto any context under any transform, so each tile is the same drawing moved
// by the tile's offset: the same shapes, labels and edges as png(), in steps that fit in a frame.
import type { Core } from 'cytoscape';
import type { PictureRegion } from './canvasExporter';
import type { DrawingSource, TileContext } from './picturePainter';

/** The two calls of Cytoscape's canvas renderer that png() uses (not in its public types). */
interface CanvasRendererCalls {
  getCachedZSortedEles(): unknown;
  drawElements(context: TileContext, elements: unknown): void;
}

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
  /** Sets the canvas up for a picture for the length of a (synchronous) call. */
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
  return {
    width: input.width,
    height: input.height,
    scale,
    prepared: input.prepared,
    drawTile: (context, x, y) => {
      if (input.region === 'all') {
        context.translate(-box.x1 * scale - x, -box.y1 * scale - y);
        context.scale(scale, scale);
      } else {
        context.translate(pan.x * scale - x, pan.y * scale - y);
        context.scale(scale * zoom, scale * zoom);
      }
      renderer.drawElements(context, renderer.getCachedZSortedEles());
    },
  };
}
