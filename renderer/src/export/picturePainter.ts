// Paints a PNG picture without freezing the window: the drawing is drawn in tiles, a few at a time
// within a small time budget, yielding to the UI between batches; each tile goes as a bitmap to the
// composer (a worker), which also encodes the PNG. Progress is reported per tile, and a cancel is
// honoured between batches and during encoding. The frame (marking band, legend, caption) is drawn
// into the same tiles, over the drawing.
import { drawBelow, drawMarking, frameLayout, type FrameContent } from './formats/pictureFrame';
import { startComposer } from './pictureComposer';
import { ExportCancelled, PictureTooLarge, type ExportTask } from './exportSettings';

export type TileContext = OffscreenCanvasRenderingContext2D;

/** What draws the picture's drawing: its size, and a tile of it at (x, y) onto a tile's context. */
export interface DrawingSource {
  readonly width: number;
  readonly height: number;
  /** The picture's scale: the frame's text grows with it. */
  readonly scale: number;
  /** Runs `draw` with the canvas set up for a picture, put back before anything else runs. */
  prepared(draw: () => void): void;
  drawTile(context: TileContext, x: number, y: number): void;
  /** Does a step of the work every tile needs (true when none is left), so tiles start light. */
  warm?(): boolean;
}

export interface PaintedPicture {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** A tile's side: 65,000 pixels, drawn and rasterised in software in well under 50 ms on a busy machine. */
const TILE = 256;
/** How long one batch of tiles may hold the main thread before it yields. */
const BUDGET_MS = 20;

const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function check(task: ExportTask | undefined): void {
  if (task?.signal?.aborted === true) throw new ExportCancelled();
}

/** Rejects when the task is cancelled (the composer is stopped then, and would never answer). */
function cancelled(task: ExportTask | undefined): Promise<never> {
  return new Promise((_, reject) => {
    task?.signal?.addEventListener('abort', () => reject(new ExportCancelled()), { once: true });
  });
}

export async function paintPicture(
  source: DrawingSource,
  frame: FrameContent | null,
  background: string | null,
  task?: ExportTask,
): Promise<PaintedPicture> {
  const layout = frame === null ? null : frameLayout(source, frame, source.scale);
  const width = source.width;
  const height = layout?.height ?? source.height;
  const top = layout?.drawingY ?? 0;
  check(task);
  const composer = await startComposer({ width, height, background });
  const stop = (): void => composer.stop();
  task?.signal?.addEventListener('abort', stop, { once: true });
  try {
    // The whole picture in tiles, frame included: a 4× frame is megapixels of its own.
    const tiles: { x: number; y: number }[] = [];
    for (let y = 0; y < height; y += TILE) for (let x = 0; x < width; x += TILE) tiles.push({ x, y });
    const drawTile = (context: TileContext, x: number, y: number): void => {
      if (y + context.canvas.height > top && y < top + source.height) {
        context.save();
        source.drawTile(context, x, y - top);
        context.restore();
      }
      if (layout === null || frame === null) return;
      // The bands are opaque and drawn last, so a label reaching past the drawing's edge stays under them.
      context.translate(-x, -y);
      if (y < layout.markingHeight) drawMarking(context, layout, frame);
      if (y + context.canvas.height > layout.belowY) drawBelow(context, layout, frame, layout.belowY);
    };
    while (source.warm?.() === false) await yieldToUi();
    let next = 0;
    while (next < tiles.length) {
      check(task);
      const started = performance.now();
      source.prepared(() => {
        do {
          const tile = tiles[next];
          if (tile === undefined) break;
          const canvas = new OffscreenCanvas(Math.min(TILE, width - tile.x), Math.min(TILE, height - tile.y));
          const context = canvas.getContext('2d');
          if (context !== null) drawTile(context, tile.x, tile.y);
          composer.put(canvas.transferToImageBitmap(), tile.x, tile.y);
          next += 1;
        } while (performance.now() - started < BUDGET_MS);
      });
      task?.onProgress?.((0.9 * next) / tiles.length);
      await yieldToUi();
    }
    check(task);
    const png = await Promise.race([composer.encode(), cancelled(task)]);
    if (png === null) throw new PictureTooLarge();
    task?.onProgress?.(1);
    return { png, width, height };
  } finally {
    task?.signal?.removeEventListener('abort', stop);
    // Done, cancelled or failed: the worker and its picture-sized canvas are let go either way.
    composer.stop();
  }
}
