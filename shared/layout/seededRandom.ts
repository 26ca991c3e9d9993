// Determinism for layouts that draw random numbers (fcose): a small seeded generator put in place of
// Math.random for the length of one synchronous run, and a seed derived from what is laid out, so
// the same view gets the same picture every time.

/** mulberry32: tiny, fast and well distributed enough for node placement. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the sorted ids: the same set of nodes always gives the same seed, whatever their order. */
export function seedOf(ids: Iterable<string>): number {
  let hash = 0x811c9dc5;
  for (const id of [...ids].sort()) {
    for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x2c, 0x01000193);
  }
  return hash >>> 0;
}

/** Runs `work` (which must be synchronous) with Math.random replaced by a generator seeded with `seed`. */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
