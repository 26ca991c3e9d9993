// Where new nodes start before the force layout settles them: on a ring around the nodes they are
// related to that already stand somewhere, so an expansion grows out of the node that was expanded.
// Pure and deterministic (order of ids, no randomness).
import type { Position } from '../state/graphSlice';

export interface Link {
  readonly source: string;
  readonly target: string;
}

const RING = 90;

function centroid(points: readonly Position[]): Position {
  const sum = points.reduce((acc, p) => ({ x: acc.x + p.x, y: acc.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}

export function seedPositions(
  newIds: readonly string[],
  links: readonly Link[],
  placed: ReadonlyMap<string, Position>,
): Map<string, Position> {
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of links) {
    neighbours.set(source, [...(neighbours.get(source) ?? []), target]);
    neighbours.set(target, [...(neighbours.get(target) ?? []), source]);
  }
  const all = [...placed.values()];
  const middle = all.length === 0 ? { x: 0, y: 0 } : centroid(all);
  // Group the new nodes by the spot they grow from, so each group fans out around its own anchor.
  const groups = new Map<string, { anchor: Position; ids: string[] }>();
  for (const id of newIds) {
    const anchors = (neighbours.get(id) ?? []).flatMap((n) => {
      const p = placed.get(n);
      return p === undefined ? [] : [p];
    });
    const anchor = anchors.length === 0 ? middle : centroid(anchors);
    const key = `${anchor.x.toFixed(1)},${anchor.y.toFixed(1)}`;
    const group = groups.get(key) ?? { anchor, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  const result = new Map<string, Position>();
  for (const { anchor, ids } of groups.values()) {
    const radius = RING + ids.length * 4;
    ids.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ids.length;
      result.set(id, { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) });
    });
  }
  return result;
}
