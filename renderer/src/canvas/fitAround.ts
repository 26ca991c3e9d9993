// Where a fit puts the view: the zoom and pan that show every box (nodes with their labels, in model
// coordinates) inside the canvas, padded, without any node or label under a card that floats on the
// canvas (the legend). Cytoscape's own fit knows one padding for all four sides and nothing of cards;
// this tries the largest zoom first, the most central place first, and shrinks a step at a time until
// the content clears the cards. Pure: boxes and sizes in, a viewport out; unit-tested.
import type { Box } from './keyLabelPlacement';

export interface FitRequest {
  /** What must not be covered: each node's box with its label, in model coordinates. */
  readonly boxes: readonly Box[];
  /** What must be inside the canvas but may pass under a card (edges), in model coordinates. */
  readonly extra?: readonly Box[];
  readonly width: number;
  readonly height: number;
  readonly padding: number;
  readonly maxZoom: number;
  /** Cards on the canvas, in screen pixels relative to the canvas's top left corner. */
  readonly obstacles?: readonly Box[];
}

export interface Viewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
  /** False when no zoom down to the last step cleared the cards: the view is the plain fit. */
  readonly clear: boolean;
}

/** How far the fit may shrink the view to clear the cards, step by step, before it gives up. */
const ZOOM_STEPS = [1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6];
/** Where the content may sit in the room it leaves, as a share of that room: the centre first. */
const PLACES = [0.5, 0.25, 0.75, 0, 1];
const SPOTS = PLACES.flatMap((fx) => PLACES.map((fy) => ({ fx, fy }))).sort(
  (a, b) => Math.abs(a.fx - 0.5) + Math.abs(a.fy - 0.5) - (Math.abs(b.fx - 0.5) + Math.abs(b.fy - 0.5)),
);

export function unionBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  return boxes.reduce((a, b) => ({
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
    x2: Math.max(a.x2, b.x2),
    y2: Math.max(a.y2, b.y2),
  }));
}

const meets = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The viewport for `request`, or null when there is nothing to fit or no room to fit it in. */
export function fitAround(request: FitRequest): Viewport | null {
  const { boxes, width, height, padding, maxZoom, obstacles = [] } = request;
  const all = unionBox([...boxes, ...(request.extra ?? [])]);
  const roomW = width - 2 * padding;
  const roomH = height - 2 * padding;
  if (all === null || roomW <= 0 || roomH <= 0) return null;
  const spanW = Math.max(all.x2 - all.x1, 1);
  const spanH = Math.max(all.y2 - all.y1, 1);
  const full = Math.min(roomW / spanW, roomH / spanH, maxZoom);
  const at = (zoom: number, fx: number, fy: number): Viewport['pan'] => ({
    x: padding + fx * (roomW - spanW * zoom) - all.x1 * zoom,
    y: padding + fy * (roomH - spanH * zoom) - all.y1 * zoom,
  });
  const clears = (zoom: number, pan: Viewport['pan']): boolean =>
    boxes.every((b) => {
      const drawn = {
        x1: b.x1 * zoom + pan.x,
        y1: b.y1 * zoom + pan.y,
        x2: b.x2 * zoom + pan.x,
        y2: b.y2 * zoom + pan.y,
      };
      return obstacles.every((o) => !meets(drawn, o));
    });
  for (const step of obstacles.length === 0 ? [1] : ZOOM_STEPS) {
    const zoom = full * step;
    for (const { fx, fy } of SPOTS) {
      const pan = at(zoom, fx, fy);
      if (clears(zoom, pan)) return { zoom, pan, clear: true };
    }
  }
  return { zoom: full, pan: at(full, 0.5, 0.5), clear: false };
}
