// A least-recently-used map of typed arrays (or values that hold one) bounded by their total bytes,
// for lists that are costly to read or decode (a hub's 10^5 relations) and asked for again by the next
// search. A value larger than the bound alone is not kept.
export class ByteBoundedLru<K, V extends { readonly byteLength: number } = Int32Array> {
  /** Least recently used first: a Map keeps insertion order, and a hit moves its entry to the end. */
  private readonly lists = new Map<K, V>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: K): V | undefined {
    const kept = this.lists.get(key);
    if (kept !== undefined) {
      this.lists.delete(key);
      this.lists.set(key, kept);
    }
    return kept;
  }

  set(key: K, list: V): void {
    const old = this.lists.get(key);
    if (old !== undefined) {
      this.lists.delete(key);
      this.bytes -= old.byteLength;
    }
    this.lists.set(key, list);
    this.bytes += list.byteLength;
    for (const [oldest, kept] of this.lists) {
      if (this.bytes <= this.maxBytes) break;
      this.lists.delete(oldest);
      this.bytes -= kept.byteLength;
    }
  }

  /** What the kept lists hold, in bytes. */
  get size(): number {
    return this.bytes;
  }
}
