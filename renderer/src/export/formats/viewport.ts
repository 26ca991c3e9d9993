// Zoom and pan as files keep them (JSON snapshots, saved views): one shape, checked on the way in and
// rounded on the way out, so the same view always writes the same bytes.
import { z } from 'zod';

export interface Viewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

/** zod 4 numbers refuse Infinity and NaN already. */
export const viewportSchema = z.strictObject({
  zoom: z.number().positive(),
  pan: z.strictObject({ x: z.number(), y: z.number() }),
});

/** Zoom to four decimals; pan with the file's own coordinate rounding (snapshots and views differ). */
export function roundedViewport(viewport: Viewport, roundCoordinate: (value: number) => number): Viewport {
  return {
    zoom: Math.round(viewport.zoom * 10_000) / 10_000,
    pan: { x: roundCoordinate(viewport.pan.x), y: roundCoordinate(viewport.pan.y) },
  };
}
