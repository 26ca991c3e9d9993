// The fit: every node with its label inside the padded canvas, none under a card on the canvas, the
// largest zoom that allows it, and the plain centred fit when nothing clears the card.
import { describe, expect, it } from 'vitest';
import { fitAround, type FitRequest, type Viewport } from './fitAround';
import type { Box } from './keyLabelPlacement';

const node = (x: number, y: number, w = 40, h = 20): Box => ({ x1: x, y1: y, x2: x + w, y2: y + h });

const onScreen = (b: Box, { zoom, pan }: Viewport): Box => ({
  x1: b.x1 * zoom + pan.x,
  y1: b.y1 * zoom + pan.y,
  x2: b.x2 * zoom + pan.x,
  y2: b.y2 * zoom + pan.y,
});

const meets = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function fitted(request: FitRequest): Viewport {
  const viewport = fitAround(request);
  if (viewport === null) throw new Error('no viewport');
  return viewport;
}

// A spread of nodes whose labels reach out to the left (a long label on the leftmost node).
const boxes = [node(-180, 0, 160), node(0, 0), node(200, 0), node(0, 200), node(200, 200), node(100, 100)];
const request = { boxes, width: 600, height: 500, padding: 20, maxZoom: 2 };

describe('fitAround', () => {
  it('keeps every label inside the padded canvas, the widest one too, at the largest zoom that does', () => {
    const viewport = fitted(request);
    for (const b of boxes.map((x) => onScreen(x, viewport))) {
      expect(b.x1).toBeGreaterThanOrEqual(20 - 1e-9);
      expect(b.x2).toBeLessThanOrEqual(580 + 1e-9);
      expect(b.y1).toBeGreaterThanOrEqual(20 - 1e-9);
      expect(b.y2).toBeLessThanOrEqual(480 + 1e-9);
    }
    expect(viewport.zoom).toBeCloseTo(560 / 420);
    expect(viewport.clear).toBe(true);
  });

  it('keeps nodes and labels out from under a card, shrinking the view no more than it must', () => {
    const card = { x1: 380, y1: 330, x2: 600, y2: 500 };
    const plain = fitted(request);
    expect(boxes.some((b) => meets(onScreen(b, plain), card))).toBe(true);
    const viewport = fitted({ ...request, obstacles: [card] });
    expect(viewport.clear).toBe(true);
    for (const b of boxes) expect(meets(onScreen(b, viewport), card)).toBe(false);
    for (const b of boxes.map((x) => onScreen(x, viewport))) {
      expect(b.x1).toBeGreaterThanOrEqual(20 - 1e-9);
      expect(b.y2).toBeLessThanOrEqual(480 + 1e-9);
    }
    expect(viewport.zoom).toBeLessThanOrEqual(plain.zoom);
    expect(viewport.zoom).toBeGreaterThan(plain.zoom * 0.6);
  });

  it('moves the view rather than shrink it when the room beside the card is enough', () => {
    // A wide, low network: the canvas has room above it, so the fit slides it up clear of the card.
    const low = [node(0, 0, 200, 20), node(300, 0, 200, 20)];
    const card = { x1: 400, y1: 380, x2: 600, y2: 500 };
    const wide = { ...request, boxes: low };
    const viewport = fitted({ ...wide, obstacles: [card] });
    expect(viewport.zoom).toBeCloseTo(fitted(wide).zoom);
    for (const b of low) expect(meets(onScreen(b, viewport), card)).toBe(false);
  });

  it('shrinks the view when the network fills the canvas and the card covers part of it', () => {
    const full = [node(0, 0), node(500, 0), node(0, 400), node(500, 400)];
    const card = { x1: 450, y1: 380, x2: 600, y2: 500 };
    const square = { ...request, boxes: full };
    const viewport = fitted({ ...square, obstacles: [card] });
    expect(viewport.clear).toBe(true);
    expect(viewport.zoom).toBeLessThan(fitted(square).zoom);
    for (const b of full) expect(meets(onScreen(b, viewport), card)).toBe(false);
  });

  it('lets edges pass under a card but keeps them on the canvas', () => {
    const far = node(600, 600, 1, 1);
    const viewport = fitted({ ...request, extra: [far] });
    expect(onScreen(far, viewport).x2).toBeLessThanOrEqual(580 + 1e-9);
  });

  it('falls back to the plain centred fit, saying so, when no zoom clears the card', () => {
    const viewport = fitted({ ...request, obstacles: [{ x1: 0, y1: 0, x2: 600, y2: 500 }] });
    expect(viewport.clear).toBe(false);
    expect(viewport.zoom).toBeCloseTo(fitted(request).zoom);
  });

  it('never zooms past the limit, and fits nothing when there is nothing or no room', () => {
    expect(fitted({ ...request, boxes: [node(0, 0, 10, 10)] }).zoom).toBe(2);
    expect(fitAround({ ...request, boxes: [] })).toBeNull();
    expect(fitAround({ ...request, width: 30 })).toBeNull();
  });
});
