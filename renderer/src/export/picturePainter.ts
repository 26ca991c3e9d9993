// Paints a PNG picture without freezing the window: the drawing is drawn in tiles, a few at a time
// within a small time budget, yielding to the UI between batches; each tile goes as a bitmap to the
// composer (a worker), which also encodes the PNG. Progress is reported per tile, and a cancel is
// honoured between batches and during encoding. The frame (marking band, legend, caption) is drawn
// here too, as two more bitmaps.
import { drawBelow, drawMarking, frameLayout, type FrameContent } from './formats/pictureFrame';
import { startComposer } from './pictureComposer';
import { ExportCancelled, type ExportTask } from './exportSettings';

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
}

export interface PaintedPicture {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** A tile's side: a few megapixels, drawn in well under the 50 ms a frame may take. */
const TILE = 1024;
/** How long one batch of tiles may hold the main thread before it yields. */
const BUDGET_MS = 40;

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

function frameBitmap(width: number, height: number, draw: (context: TileContext) => void): ImageBitmap | null {
  if (width === 0 || height === 0) return null;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (context === null) return null;
  draw(context);
  return canvas.transferToImageBitmap();
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
    if (layout !== null && frame !== null) {
      const marking = frameBitmap(width, layout.markingHeight, (c) => drawMarking(c, layout, frame));
      if (marking !== null) composer.put(marking, 0, 0);
      const below = frameBitmap(width, height - layout.belowY, (c) => drawBelow(c, layout, frame));
      if (below !== null) composer.put(below, 0, layout.belowY);
    }
    const tiles: { x: number; y: number }[] = [];
    for (let y = 0; y < source.height; y += TILE) for (let x = 0; x < source.width; x += TILE) tiles.push({ x, y });
    let next = 0;
    while (next < tiles.length) {
      check(task);
      const started = performance.now();
      source.prepared(() => {
        do {
          const tile = tiles[next];
          if (tile === undefined) break;
          const canvas = new OffscreenCanvas(Math.min(TILE, width - tile.x), Math.min(TILE, source.height - tile.y));
          const context = canvas.getContext('2d');
          if (context !== null) source.drawTile(context, tile.x, tile.y);
          composer.put(canvas.transferToImageBitmap(), tile.x, top + tile.y);
          next += 1;
        } while (performance.now() - started < BUDGET_MS);
      });
      task?.onProgress?.((0.9 * next) / tiles.length);
      await yieldToUi();
    }
    check(task);
    const png = await Promise.race([composer.encode(), cancelled(task)]);
    if (png === null) throw new Error('The picture could not be drawn at this size.');
    task?.onProgress?.(1);
    return { png, width, height };
  } finally {
    task?.signal?.removeEventListener('abort', stop);
  }
}
