// Moving through the canvas by keyboard: from the current node, the nearest node in the direction of
// the arrow key (within a 90° cone), so a keyboard user can walk the picture a mouse user sees.
import type { Position } from '../state/graphSlice';

export type Direction = 'left' | 'right' | 'up' | 'down';

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export function arrowDirection(key: string): Direction | null {
  return ARROWS[key] ?? null;
}

const UNIT: Readonly<Record<Direction, Position>> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

export function nodeInDirection(
  from: Position,
  candidates: readonly { readonly id: string; readonly position: Position }[],
  direction: Direction,
): string | null {
  const unit = UNIT[direction];
  let best: { id: string; score: number } | null = null;
  for (const { id, position } of candidates) {
    const dx = position.x - from.x;
    const dy = position.y - from.y;
    const along = dx * unit.x + dy * unit.y;
    const across = Math.abs(dx * unit.y - dy * unit.x);
    // In the cone ahead; nearer and straighter ahead wins.
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (best === null || score < best.score || (score === best.score && id < best.id)) best = { id, score };
  }
  return best?.id ?? null;
}
