// A least-recently-used map of typed arrays bounded by their total bytes, for lists that are costly
// to read or decode (a hub's 10^5 relations) and asked for again by the next search.
export class ByteBoundedLru<K> {
  /** Least recently used first: a Map keeps insertion order, and a hit moves its entry to the end. */
  private readonly lists = new Map<K, Int32Array>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: K): Int32Array | undefined {
    const kept = this.lists.get(key);
    if (kept !== undefined) {
      this.lists.delete(key);
      this.lists.set(key, kept);
    }
    return kept;
  }

  set(key: K, list: Int32Array): void {
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
