// The "show everything" overview grouped by kind: each kind of node its own round group, its most
// connected node at the centre and the rest spiralling out by degree (a sunflower pattern, evenly
// spaced), the groups packed in rows in the ontology's order. Hubs of different kinds land in
// different groups, so their labels have room, and a kind reads as one patch of colour. Pure and
// deterministic: the same dataset gives the same picture.
import type { Position } from './graphSlice';

export interface GroupedNode {
  readonly id: string;
  readonly kind: string;
  readonly degree: number;
}

/** Distance between neighbouring nodes in a group, in model units (a node is 26 across). */
export const GROUP_SPACING = 58;
/** Room between two groups. */
const GROUP_GAP = 70;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

function spiral(nodes: readonly GroupedNode[]): { radius: number; offsets: [string, Position][] } {
  const sorted = [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  const offsets = sorted.map((n, i): [string, Position] => {
    const r = GROUP_SPACING * Math.sqrt(i);
    return [n.id, { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) }];
  });
  return { radius: GROUP_SPACING * Math.sqrt(Math.max(0, sorted.length - 1)) + GROUP_SPACING / 2, offsets };
}

/**
 * Positions for every node, grouped by kind in `kindOrder` (kinds not listed follow, alphabetically),
 * packed in rows about `aspect` times as wide as the whole is high.
 */
export function groupByKind(
  nodes: readonly GroupedNode[],
  kindOrder: readonly string[],
  aspect = 2.4,
): Map<string, Position> {
  const byKind = new Map<string, GroupedNode[]>();
  for (const node of nodes) byKind.set(node.kind, [...(byKind.get(node.kind) ?? []), node]);
  const rank = (kind: string): number => {
    const i = kindOrder.indexOf(kind);
    return i < 0 ? kindOrder.length : i;
  };
  const kinds = [...byKind.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  const groups = kinds.map((kind) => spiral(byKind.get(kind) ?? []));
  const area = groups.reduce((sum, g) => sum + (2 * g.radius + GROUP_GAP) ** 2, 0);
  const rowWidth = Math.sqrt(area * aspect);
  const positions = new Map<string, Position>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const group of groups) {
    const size = 2 * group.radius + GROUP_GAP;
    if (x > 0 && x + size > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    const cx = x + size / 2;
    const cy = y + size / 2;
    for (const [id, offset] of group.offsets) positions.set(id, { x: cx + offset.x, y: cy + offset.y });
    x += size;
    rowHeight = Math.max(rowHeight, size);
  }
  return positions;
}
