// The shortest path between two nodes, searched from both ends at once: each round expands one whole
// layer of the side whose frontier has fewer relations (a hub weighs its degree, known from the packed
// adjacency before it is read), so a 4-hop search reads two 2-hop balls, not one 4-hop ball (which, in
// a graph with hubs, is most of the graph). Among the shortest paths it returns one with the fewest
// generic hops: each side keeps, per node, the fewest generic hops from its end, and every shortest
// path crosses the last layer expanded, so the best crossing gives the best path.
import type { SearchSpace, SideArrays } from './searchSpace';

/** What the search walks: per node, [neighbour, flags] pairs; flags: bit 0 generic, bits 1–5 degree bucket. */
export interface HopSource {
  hops(nid: number): Int32Array;
}

class Side {
  frontier: number[];
  /** About how many relations expanding the frontier reads. */
  weight = 1;
  radius = 0;

  constructor(
    readonly a: SideArrays,
    readonly stamp: number,
    end: number,
  ) {
    a.stamp[end] = stamp;
    a.depth[end] = 0;
    a.generic[end] = 0;
    a.parent[end] = -1;
    this.frontier = [end];
  }

  has(node: number): boolean {
    return this.a.stamp[node] === this.stamp;
  }

  /** From `node` back to this side's end. */
  walkBack(node: number): number[] {
    const path = [node];
    for (let n = this.a.parent[node] ?? -1; n !== -1; n = this.a.parent[n] ?? -1) path.push(n);
    return path;
  }
}

interface Crossing {
  readonly near: number;
  readonly far: number;
  readonly generic: number;
}

interface Exclusions {
  readonly nodes: ReadonlySet<number>;
  /** Relations from the source to these nodes are not taken (Yen's banned hops out of a spur node). */
  readonly firstHops: ReadonlySet<number>;
  readonly source: number;
}

export function bidirectionalShortest(
  graph: HopSource,
  space: SearchSpace,
  source: number,
  target: number,
  maxHops: number,
  excludedNodes: ReadonlySet<number> = new Set(),
  excludedFirstHops: ReadonlySet<number> = new Set(),
): number[] | null {
  if (source === target || excludedNodes.has(source) || excludedNodes.has(target)) return null;
  const stamp = space.nextGeneration();
  const forward = new Side(space.forward, stamp, source);
  const backward = new Side(space.backward, stamp, target);
  const excluded = { nodes: excludedNodes, firstHops: excludedFirstHops, source };
  while (forward.radius + backward.radius < maxHops) {
    if (forward.frontier.length === 0 || backward.frontier.length === 0) return null;
    const [side, other] = forward.weight <= backward.weight ? [forward, backward] : [backward, forward];
    const best = expandLayer(graph, side, other, maxHops, excluded);
    if (best === 'too-long') return null;
    if (best !== undefined) {
      const path = [...side.walkBack(best.near).reverse(), ...other.walkBack(best.far)];
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
  excluded: Exclusions,
): Crossing | 'too-long' | undefined {
  const { stamp, depth, generic, parent } = side.a;
  const nextDepth = side.radius + 1;
  const next: number[] = [];
  let weight = 0;
  let shortest = Infinity;
  let best: Crossing | undefined;
  const checkNodes = excluded.nodes.size > 0;
  const checkHops = excluded.firstHops.size > 0;
  const { source } = excluded;
  for (const node of side.frontier) {
    const hops = graph.hops(node);
    const base = generic[node] ?? 0;
    for (let i = 0; i < hops.length; i += 2) {
      const neighbour = hops[i] ?? 0;
      if (checkNodes && excluded.nodes.has(neighbour)) continue;
      if (
        checkHops &&
        ((node === source && excluded.firstHops.has(neighbour)) ||
          (neighbour === source && excluded.firstHops.has(node)))
      )
        continue;
      const flags = hops[i + 1] ?? 0;
      const cost = base + (flags & 1);
      if (other.has(neighbour)) {
        const length = nextDepth + (other.a.depth[neighbour] ?? 0);
        const total = cost + (other.a.generic[neighbour] ?? 0);
        if (length < shortest || (length === shortest && best !== undefined && total < best.generic)) {
          shortest = length;
          best = { near: node, far: neighbour, generic: total };
        }
      }
      if (stamp[neighbour] !== side.stamp) {
        stamp[neighbour] = side.stamp;
        depth[neighbour] = nextDepth;
        generic[neighbour] = cost;
        parent[neighbour] = node;
        next.push(neighbour);
        weight += 2 ** (flags >> 1);
      } else if (depth[neighbour] === nextDepth && cost < (generic[neighbour] ?? 0)) {
        generic[neighbour] = cost;
        parent[neighbour] = node;
      }
    }
  }
  side.frontier = next;
  side.weight = weight;
  side.radius = nextDepth;
  if (best === undefined) return undefined;
  return shortest > maxHops ? 'too-long' : best;
}
