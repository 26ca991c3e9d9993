// The set of node pairs the synthetic generator has already joined, in one typed array (open
// addressing, linear probing) rather than a JavaScript Set: 10 million pairs take 128 MiB outside
// the heap instead of ~600 MiB inside it, and a Set cannot hold more than 2^24 entries at all.

export interface PairSet {
  /** Adds the unordered pair {a, b}; false when it was there already. */
  readonly add: (a: number, b: number) => boolean;
}

export function pairSet(nodeCount: number, capacity: number): PairSet {
  // Twice the pairs expected, rounded up to a power of two: probes stay short at a load of ≤ 0.5.
  let size = 1024;
  while (size < capacity * 2) size *= 2;
  const mask = size - 1;
  // 0 marks a free slot, so keys are stored plus one (min·n + max + 1 < 2^53 up to ~9·10^7 nodes).
  const keys = new Float64Array(size);
  return {
    add: (a, b) => {
      const key = Math.min(a, b) * nodeCount + Math.max(a, b) + 1;
      const low = key >>> 0;
      const high = Math.floor(key / 4294967296);
      let slot = (Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> 0) & mask;
      for (;;) {
        const there = keys[slot] ?? 0;
        if (there === key) return false;
        if (there === 0) {
          keys[slot] = key;
          return true;
        }
        slot = (slot + 1) & mask;
      }
    },
  };
}
