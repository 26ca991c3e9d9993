// Where each key node's label goes, on screen: greedy by importance, each label takes the first free
// spot beside its node — below, above, right, left, then the same sides nudged a little further out or
// sideways — so the overview's names never pile on one another. A label with no free spot within reach
// of its node is dropped (its node keeps an ordinary, unreadably small label) rather than drawn over a
// more important one, or under a card that floats on the canvas (the legend). Pure: screen-space boxes in, one placement per label out; unit-tested.

export const LABEL_SIDES = ['bottom', 'top', 'right', 'left'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

/** A label's side of its node and how far it is nudged from there, in screen pixels. */
export interface LabelPlacement {
  readonly side: LabelSide;
  readonly dx: number;
  readonly dy: number;
}

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

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

const GAP = 3;
/** Room kept between two labels, so that rounding in the renderer never makes neighbours touch. */
const CLEARANCE = 2;

export function labelBox(label: LabelRequest, side: LabelSide, dx = 0, dy = 0): Box {
  const { x, y, radius, width, height } = label;
  const at = (x1: number, y1: number): Box => ({ x1: x1 + dx, y1: y1 + dy, x2: x1 + dx + width, y2: y1 + dy + height });
  switch (side) {
    case 'bottom':
      return at(x - width / 2, y + radius + GAP);
    case 'top':
      return at(x - width / 2, y - radius - GAP - height);
    case 'right':
      return at(x + radius + GAP, y - height / 2);
    case 'left':
      return at(x - radius - GAP - width, y - height / 2);
  }
}

const overlaps = (a: Box, b: Box, clearance = 0): boolean =>
  a.x1 < b.x2 + clearance && b.x1 < a.x2 + clearance && a.y1 < b.y2 + clearance && b.y1 < a.y2 + clearance;

/**
 * The spots tried for one label, nearest first: each side as is; then pushed one and two label heights
 * further out; then, above and below, slid half and a whole label sideways. Nothing further: a label
 * far from its node would name the wrong one.
 */
function candidates(label: LabelRequest): LabelPlacement[] {
  const h = label.height + CLEARANCE;
  const w = label.width / 2;
  const spots: LabelPlacement[] = [];
  for (const side of LABEL_SIDES) spots.push({ side, dx: 0, dy: 0 });
  for (const step of [1, 2]) {
    spots.push({ side: 'bottom', dx: 0, dy: step * h }, { side: 'top', dx: 0, dy: -step * h });
    spots.push({ side: 'right', dx: 0, dy: step * h * 0.6 }, { side: 'right', dx: 0, dy: -step * h * 0.6 });
    spots.push({ side: 'left', dx: 0, dy: step * h * 0.6 }, { side: 'left', dx: 0, dy: -step * h * 0.6 });
  }
  for (const shift of [w, 2 * w])
    for (const side of ['bottom', 'top'] as const) spots.push({ side, dx: shift, dy: 0 }, { side, dx: -shift, dy: 0 });
  return spots;
}

const inside = (box: Box, bounds: { readonly width: number; readonly height: number } | undefined): boolean =>
  bounds === undefined || (box.x1 >= 0 && box.y1 >= 0 && box.x2 <= bounds.width && box.y2 <= bounds.height);

/**
 * Places labels in the order given (most important first). Each takes the first spot (see candidates)
 * that meets no label placed before it and no box in `avoid` (cards on the canvas) — inside `bounds`
 * (the canvas) if one there is free — or, when none is free, is left out of the result: the caller
 * draws no key label for it.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  bounds?: { readonly width: number; readonly height: number },
  avoid: readonly Box[] = [],
): Map<string, LabelPlacement> {
  const placed: Box[] = [];
  const blocked = (box: Box): boolean => avoid.some((card) => overlaps(box, card));
  const result = new Map<string, LabelPlacement>();
  for (const label of labels) {
    const free = candidates(label)
      .map((spot) => ({ spot, box: labelBox(label, spot.side, spot.dx, spot.dy) }))
      .filter(({ box }) => !blocked(box) && placed.every((other) => !overlaps(box, other, CLEARANCE)));
    const chosen = free.find(({ box }) => inside(box, bounds)) ?? free[0];
    if (chosen === undefined) continue;
    placed.push(chosen.box);
    result.set(label.id, chosen.spot);
  }
  return result;
}

/** Overlapping pairs among the placed labels (a label left out is not drawn): tests and benches report it. */
export function overlappingPairs(
  labels: readonly LabelRequest[],
  placements: ReadonlyMap<string, LabelPlacement>,
): number {
  const boxes = labels.flatMap((l) => {
    const at = placements.get(l.id);
    return at === undefined ? [] : [labelBox(l, at.side, at.dx, at.dy)];
  });
  return boxOverlaps(boxes);
}

/** How many pairs of these boxes overlap. */
export function boxOverlaps(boxes: readonly Box[]): number {
  let pairs = 0;
  for (let i = 0; i < boxes.length; i += 1)
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      if (a !== undefined && b !== undefined && overlaps(a, b)) pairs += 1;
    }
  return pairs;
}
