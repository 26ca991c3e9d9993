// The canvas's zoom and pan as state's actions reach them: GraphCanvas registers its exporter (which
// is a CanvasViewport) through export/canvasExporter, and saved views read and restore the viewport
// here. Kept in state, below the export code, so state never imports export; Cytoscape itself stays
// in its controller component.
import type { Viewport } from '../export/formats/viewport';

export interface CanvasViewport {
  viewport(): Viewport;
  setViewport(viewport: Viewport): void;
  /** Whether every one of these nodes is on the canvas (after a view was restored). */
  hasNodes(ids: readonly string[]): boolean;
}

let current: CanvasViewport | null = null;

/** Returns the function that unregisters it (only while it is still the current one). */
export function registerCanvasViewport(canvas: CanvasViewport): () => void {
  current = canvas;
  return () => {
    if (current === canvas) current = null;
  };
}

/** What the canvas shows now, or undefined without a canvas. */
export const currentViewport = (): Viewport | undefined => current?.viewport();

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
