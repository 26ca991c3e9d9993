// The shortest path between two nodes, searched from both ends at once: each round expands one whole
// layer of the side with the smaller frontier, so a 4-hop search reads two 2-hop balls, not one 4-hop
// ball (which, in a graph with hubs, is most of the graph). Among the shortest paths it returns one
// with the fewest generic hops: each side keeps, per node, the fewest generic hops from its end, and
// every shortest path crosses the last layer expanded, so the best crossing gives the best path.
import { pairKey } from './yen';

/** What the search walks: per node, [neighbour, generic 0/1] pairs. */
export interface HopSource {
  hops(nid: number): Int32Array;
}

class Side {
  readonly depth = new Map<number, number>();
  readonly generic = new Map<number, number>();
  readonly parent = new Map<number, number>();
  frontier: number[];
  radius = 0;

  constructor(readonly end: number) {
    this.depth.set(end, 0);
    this.generic.set(end, 0);
    this.frontier = [end];
  }

  /** From `node` back to this side's end. */
  walkBack(node: number): number[] {
    const path = [node];
    for (let n = this.parent.get(node); n !== undefined; n = this.parent.get(n)) path.push(n);
    return path;
  }
}

interface Crossing {
  readonly near: number;
  readonly far: number;
  readonly generic: number;
}

export function bidirectionalShortest(
  graph: HopSource,
  source: number,
  target: number,
  maxHops: number,
  excludedNodes: ReadonlySet<number> = new Set(),
  excludedPairs: ReadonlySet<string> = new Set(),
): number[] | null {
  if (source === target || excludedNodes.has(source) || excludedNodes.has(target)) return null;
  const forward = new Side(source);
  const backward = new Side(target);
  while (forward.radius + backward.radius < maxHops) {
    if (forward.frontier.length === 0 || backward.frontier.length === 0) return null;
    const [side, other] =
      forward.frontier.length <= backward.frontier.length ? [forward, backward] : [backward, forward];
    const best = expandLayer(graph, side, other, maxHops, excludedNodes, excludedPairs);
    if (best === 'too-long') return null;
    if (best !== undefined) {
      const near = side.walkBack(best.near).reverse();
      const far = other.walkBack(best.far);
      const path = [...near, ...far];
      return side === forward ? path : path.reverse();
    }
  }
  return null;
}

/**
 * Expands one layer of `side`; returns the best crossing into `other` if any (shortest, then fewest
 * generic hops, then first met), 'too-long' if the ends meet only beyond `maxHops`.
 */
function expandLayer(
  graph: HopSource,
  side: Side,
  other: Side,
  maxHops: number,
  excludedNodes: ReadonlySet<number>,
  excludedPairs: ReadonlySet<string>,
): Crossing | 'too-long' | undefined {
  const nextDepth = side.radius + 1;
  const next: number[] = [];
  let shortest = Infinity;
  let best: Crossing | undefined;
  for (const node of side.frontier) {
    const hops = graph.hops(node);
    const base = side.generic.get(node) ?? 0;
    for (let i = 0; i < hops.length; i += 2) {
      const neighbour = hops[i] ?? 0;
      if (excludedNodes.has(neighbour) || (excludedPairs.size > 0 && excludedPairs.has(pairKey(node, neighbour))))
        continue;
      const cost = base + (hops[i + 1] ?? 0);
      const across = other.depth.get(neighbour);
      if (across !== undefined) {
        const length = nextDepth + across;
        const generic = cost + (other.generic.get(neighbour) ?? 0);
        if (length < shortest || (length === shortest && best !== undefined && generic < best.generic)) {
          shortest = length;
          best = { near: node, far: neighbour, generic };
        }
      }
      const seen = side.depth.get(neighbour);
      if (seen === undefined) {
        side.depth.set(neighbour, nextDepth);
        side.generic.set(neighbour, cost);
        side.parent.set(neighbour, node);
        next.push(neighbour);
      } else if (seen === nextDepth && cost < (side.generic.get(neighbour) ?? 0)) {
        side.generic.set(neighbour, cost);
        side.parent.set(neighbour, node);
      }
    }
  }
  side.frontier = next;
  side.radius = nextDepth;
  if (best === undefined) return undefined;
  return shortest > maxHops ? 'too-long' : best;
}
