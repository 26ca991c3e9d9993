// The working memory of a bidirectional search: per side, typed arrays indexed by node key (visited
// stamp, depth, generic hops, parent), allocated once per store and reused by every search through a
// generation stamp, so a search neither clears them nor builds maps as big as the ball it explores.
// Size: 10 bytes per node per side (2 MiB at 100k nodes, 20 MiB at 1M).

export class SideArrays {
  readonly stamp: Uint32Array;
  readonly depth: Uint8Array;
  readonly generic: Uint8Array;
  readonly parent: Int32Array;

  constructor(size: number) {
    this.stamp = new Uint32Array(size);
    this.depth = new Uint8Array(size);
    this.generic = new Uint8Array(size);
    this.parent = new Int32Array(size);
  }
}

export class SearchSpace {
  readonly forward: SideArrays;
  readonly backward: SideArrays;
  private generation = 0;

  constructor(readonly size: number) {
    this.forward = new SideArrays(size);
    this.backward = new SideArrays(size);
  }

  /** A fresh stamp: every node reads as unvisited on both sides. */
  nextGeneration(): number {
    this.generation += 1;
    if (this.generation === 0xffffffff) {
      this.forward.stamp.fill(0);
      this.backward.stamp.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }
}

const spaces = new WeakMap<object, SearchSpace>();

/** The space of one store (searches are synchronous, so one at a time uses it). */
export function searchSpaceFor(owner: object, size: number): SearchSpace {
  let space = spaces.get(owner);
  if (space === undefined || space.size < size) {
    space = new SearchSpace(size);
    spaces.set(owner, space);
  }
  return space;
}
