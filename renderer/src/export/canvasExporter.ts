// The one way export code reaches the canvas: GraphCanvas registers an exporter for its Cytoscape
// instance here, and exports call it. Cytoscape itself never enters the store or the export code.
import type { Viewport } from './formats/viewport';

export type PictureRegion = 'view' | 'all';

export interface PictureOptions {
  /** 1× – 4× the canvas's size in CSS pixels, whatever the screen's pixel ratio. */
  readonly scale: number;
  /** A CSS colour, or null for a transparent background. */
  readonly background: string | null;
  /** What the canvas shows now, or every visible element. */
  readonly region: PictureRegion;
}

export interface Picture {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** Set when the picture was drawn smaller than asked, because it would pass the browser's limit. */
  readonly reducedTo: number | null;
}

export type { Viewport };

export interface CanvasExporter {
  png(options: PictureOptions): Promise<Picture>;
  svg(options: Omit<PictureOptions, 'scale'>): string;
  /** The picture's size at 1×, in CSS pixels: the canvas box, or the bounding box of what is visible. */
  size(region: PictureRegion): { readonly width: number; readonly height: number };
  viewport(): Viewport;
  setViewport(viewport: Viewport): void;
  /** Whether every one of these nodes is on the canvas (after a view was restored). */
  hasNodes(ids: readonly string[]): boolean;
}

let current: CanvasExporter | null = null;

/** Called by GraphCanvas with its instance's exporter; returns the function that unregisters it. */
export function registerCanvasExporter(exporter: CanvasExporter): () => void {
  current = exporter;
  return () => {
    if (current === exporter) current = null;
  };
}

export function canvasExporter(): CanvasExporter | null {
  return current;
}

/** Waits (a few frames at most) until the canvas has drawn these nodes, then sets zoom and pan. */
export async function restoreViewport(ids: readonly string[], viewport: Viewport): Promise<void> {
  for (let frame = 0; frame < 120; frame += 1) {
    if (current?.hasNodes(ids) === true) {
      current.setViewport(viewport);
      return;
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
