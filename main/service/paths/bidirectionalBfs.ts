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
  /** Every node reached, at any depth (probed against a hub's list instead of scanning it). */
  readonly visited: number[] = [];
  radius = 0;

  constructor(
    readonly a: SideArrays,
    readonly stamp: number,
    end: number,
    /**
     * About how many relations expanding the frontier reads: at first the end's own. Yen's spurs often
     * start at a hub; weighed as 1, a hub was expanded whole (10^5 nodes visited) before the other side
     * took one step, and that was nine tenths of the cost of five paths.
     */
    public weight: number,
  ) {
    this.visit(end, 0, 0, -1);
    this.frontier = [end];
  }

  visit(node: number, depth: number, generic: number, parent: number): void {
    this.a.stamp[node] = this.stamp;
    this.a.depth[node] = depth;
    this.a.generic[node] = generic;
    this.a.parent[node] = parent;
    this.visited.push(node);
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
  readonly length: number;
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
  const forward = new Side(space.forward, stamp, source, graph.hops(source).length / 2);
  const backward = new Side(space.backward, stamp, target, graph.hops(target).length / 2);
  const excluded = { nodes: excludedNodes, firstHops: excludedFirstHops, source };
  while (forward.radius + backward.radius < maxHops) {
    if (forward.frontier.length === 0 || backward.frontier.length === 0) return null;
    const [side, other] = forward.weight <= backward.weight ? [forward, backward] : [backward, forward];
    // Crossings first; the next frontier is built only when there is none and a longer path may still
    // fit, so the last layer a search may take (often a hub's) is probed, never walked whole.
    const best = bestCrossing(graph, side, other, excluded);
    if (best !== undefined) {
      if (best.length > maxHops) return null;
      const path = [...side.walkBack(best.near).reverse(), ...other.walkBack(best.far)];
      return side === forward ? path : path.reverse();
    }
    if (side.radius + 1 + other.radius >= maxHops) return null;
    growFrontier(graph, side, excluded);
  }
  return null;
}

/** Probing a sorted hop list by binary search costs about this many steps of scanning it. */
const PROBE_COST = 20;

const isBlocked = (excluded: Exclusions, node: number, neighbour: number): boolean =>
  (excluded.nodes.size > 0 && excluded.nodes.has(neighbour)) ||
  (excluded.firstHops.size > 0 &&
    ((node === excluded.source && excluded.firstHops.has(neighbour)) ||
      (neighbour === excluded.source && excluded.firstHops.has(node))));

/** The best relation from `side`'s frontier into `other`'s ball: a hub's list is probed for the ball's nodes, not scanned. */
function bestCrossing(graph: HopSource, side: Side, other: Side, excluded: Exclusions): Crossing | undefined {
  let best: Crossing | undefined;
  const consider = (node: number, neighbour: number, flags: number): void => {
    if (isBlocked(excluded, node, neighbour)) return;
    const length = side.radius + 1 + (other.a.depth[neighbour] ?? 0);
    const generic = (side.a.generic[node] ?? 0) + (flags & 1) + (other.a.generic[neighbour] ?? 0);
    if (best === undefined || length < best.length || (length === best.length && generic < best.generic))
      best = { near: node, far: neighbour, length, generic };
  };
  for (const node of side.frontier) {
    const hops = graph.hops(node);
    if (hops.length / 2 > other.visited.length * PROBE_COST) {
      for (const neighbour of other.visited) {
        const at = indexOfHop(hops, neighbour);
        if (at >= 0) consider(node, neighbour, hops[at + 1] ?? 0);
      }
    } else
      for (let i = 0; i < hops.length; i += 2) {
        const neighbour = hops[i] ?? 0;
        if (other.has(neighbour)) consider(node, neighbour, hops[i + 1] ?? 0);
      }
  }
  return best;
}

/** Where `neighbour` sits in a hop list sorted by neighbour, or -1. */
function indexOfHop(hops: Int32Array, neighbour: number): number {
  let low = 0;
  let high = hops.length / 2;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((hops[mid * 2] ?? 0) < neighbour) low = mid + 1;
    else high = mid;
  }
  return hops[low * 2] === neighbour ? low * 2 : -1;
}

/** Replaces the frontier by the next layer, keeping per node the parent with the fewest generic hops. */
function growFrontier(graph: HopSource, side: Side, excluded: Exclusions): void {
  const { stamp, depth, generic, parent } = side.a;
  const nextDepth = side.radius + 1;
  const next: number[] = [];
  let weight = 0;
  for (const node of side.frontier) {
    const hops = graph.hops(node);
    const base = generic[node] ?? 0;
    for (let i = 0; i < hops.length; i += 2) {
      const neighbour = hops[i] ?? 0;
      if (isBlocked(excluded, node, neighbour)) continue;
      const flags = hops[i + 1] ?? 0;
      const cost = base + (flags & 1);
      if (stamp[neighbour] !== side.stamp) {
        side.visit(neighbour, nextDepth, cost, node);
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
}
