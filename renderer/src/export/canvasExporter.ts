// The one way export code reaches the canvas: GraphCanvas registers an exporter for its Cytoscape
// instance here, and exports call it. Cytoscape itself never enters the store or the export code.
// The exporter is also the canvas's viewport for state (state/canvasViewport), registered with it.
import { registerCanvasViewport, type CanvasViewport } from '../state/canvasViewport';
import type { ExportTask } from './exportSettings';
import type { FrameContent } from './formats/pictureFrame';
import type { Viewport } from './formats/viewport';

export type PictureRegion = 'view' | 'all';

export interface PictureOptions {
  /** 1× – 4× the canvas's size in CSS pixels, whatever the screen's pixel ratio. */
  readonly scale: number;
  /** A CSS colour, or null for a transparent background. */
  readonly background: string | null;
  /** What the canvas shows now, or every visible element. */
  readonly region: PictureRegion;
  /** The marking band, legend and caption drawn around the picture; none when absent. */
  readonly frame?: FrameContent;
  /** Progress and cancel of a picture drawn in steps. */
  readonly task?: ExportTask;
}

export interface Picture {
  readonly png: Uint8Array;
  /** The whole picture's size, frame included. */
  readonly width: number;
  readonly height: number;
  /** Set when the picture was drawn smaller than asked, because it would pass the browser's limit. */
  readonly reducedTo: number | null;
}

export type { Viewport };

export interface CanvasExporter extends CanvasViewport {
  png(options: PictureOptions): Promise<Picture>;
  svg(options: Omit<PictureOptions, 'scale' | 'frame' | 'task'>): string;
  /** The picture's size at 1×, in CSS pixels: the canvas box, or the bounding box of what is visible. */
  size(region: PictureRegion): { readonly width: number; readonly height: number };
}

let current: CanvasExporter | null = null;

/** Called by GraphCanvas with its instance's exporter; returns the function that unregisters it. */
export function registerCanvasExporter(exporter: CanvasExporter): () => void {
  current = exporter;
  const unregisterViewport = registerCanvasViewport(exporter);
  return () => {
    unregisterViewport();
    if (current === exporter) current = null;
  };
}

export function canvasExporter(): CanvasExporter | null {
  return current;
}

/** Export code frames an opened snapshot the way saved views are framed. */
export { restoreViewport } from '../state/canvasViewport';
