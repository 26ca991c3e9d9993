// Where each key node's label goes, on screen: below its node if that space is free, else above, to
// the right or to the left, in order of importance, so the overview's names do not pile on one
// another. Pure: screen-space boxes in, one side per label out; unit-tested.

export const LABEL_SIDES = ['bottom', 'top', 'right', 'left'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

export interface LabelRequest {
  readonly id: string;
  /** The node's centre on screen and its radius, in CSS pixels. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** The label's box on screen. */
  readonly width: number;
  readonly height: number;
}

interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

const GAP = 3;

export function labelBox(label: LabelRequest, side: LabelSide): Box {
  const { x, y, radius, width, height } = label;
  switch (side) {
    case 'bottom':
      return { x1: x - width / 2, x2: x + width / 2, y1: y + radius + GAP, y2: y + radius + GAP + height };
    case 'top':
      return { x1: x - width / 2, x2: x + width / 2, y1: y - radius - GAP - height, y2: y - radius - GAP };
    case 'right':
      return { x1: x + radius + GAP, x2: x + radius + GAP + width, y1: y - height / 2, y2: y + height / 2 };
    case 'left':
      return { x1: x - radius - GAP - width, x2: x - radius - GAP, y1: y - height / 2, y2: y + height / 2 };
  }
}

const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));

/**
 * Places labels in the order given (most important first): each takes the first side whose box meets
 * no label placed before it, or, when every side is taken, the side it overlaps least.
 */
export function placeLabels(labels: readonly LabelRequest[]): Map<string, LabelSide> {
  const placed: Box[] = [];
  const sides = new Map<string, LabelSide>();
  for (const label of labels) {
    let best: LabelSide = 'bottom';
    let bestOverlap = Number.POSITIVE_INFINITY;
    for (const side of LABEL_SIDES) {
      const box = labelBox(label, side);
      const covered = placed.reduce((sum, other) => sum + overlap(box, other), 0);
      if (covered < bestOverlap) {
        best = side;
        bestOverlap = covered;
      }
      if (covered === 0) break;
    }
    placed.push(labelBox(label, best));
    sides.set(label.id, best);
  }
  return sides;
}

/** Overlapping pairs among these labels on their sides: the benchmark and the e2e test report it. */
export function overlappingPairs(labels: readonly LabelRequest[], sides: ReadonlyMap<string, LabelSide>): number {
  const boxes = labels.map((l) => labelBox(l, sides.get(l.id) ?? 'bottom'));
  let pairs = 0;
  for (let i = 0; i < boxes.length; i += 1)
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      if (a !== undefined && b !== undefined && overlap(a, b) > 0) pairs += 1;
    }
  return pairs;
}
