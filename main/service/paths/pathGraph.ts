// The graph a path search walks: the bundle's packed adjacency seen through the request's filters and
// exclusions, one node's hops at a time. A hop is a neighbour with at least one relation that passes,
// marked generic when every passing relation to it is. Read lazily and cached for the request (Yen
// asks for the same nodes again), within a budget of relation ends read, so no search loads the graph.
import { AppError, type DateMap } from '../../../shared/contract';
import { holdsIn, type FilterSpec } from '../../../shared/filters/graphFilter';
import { isGenericRelation, type NodeKind, type RelationKind, type Status } from '../../../shared/ontology';
import {
  edgeKindOf,
  edgeProvenanceOf,
  edgeStatusOf,
  ENTRY_WORDS,
  nodeKindOf,
  nodeProvenanceOf,
} from '../../store/adjacencyCodec';
import { isHubList, type AdjacencyQueries, type Datable } from '../../store/adjacencyQueries';

/** Relation ends one search may read: a few 4-hop searches through the biggest hubs at 1M relations. */
export const MAX_READ_ENTRIES = 4_000_000;

/** Thrown inside a search when the budget is spent; the caller keeps what it found before. */
export class BudgetSpent extends Error {}

export interface PathGraphOptions {
  readonly filters: FilterSpec;
  /** The request's two ends: always passable, whatever the filters or exclusions say. */
  readonly ends: readonly number[];
  readonly excludedNids: ReadonlySet<number>;
  readonly excludedKinds: ReadonlySet<NodeKind>;
  readonly maxEntries?: number | undefined;
}

const allowed = (table: readonly string[], wanted: readonly string[] | undefined, banned?: ReadonlySet<string>) =>
  table.map((v) => (wanted === undefined || wanted.includes(v)) && banned?.has(v) !== true);

/** Local copy: a module binding read per relation costs a getter call under the test and bench loaders. */
const STEP = ENTRY_WORDS;

/** The index of the first record (of `step` words, sorted by their first word) whose first word is ≥ `key`. */
function firstAtOrAfter(words: Int32Array, step: number, key: number): number {
  let low = 0;
  let high = words.length / step;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((words[mid * step] ?? 0) < key) low = mid + 1;
    else high = mid;
  }
  return low * step;
}

export class PathGraph {
  /** Per node: [neighbour, flags] pairs of the hops that pass. */
  private readonly hopsOf = new Map<number, Int32Array>();
  private readonly relationOk: boolean[];
  private readonly nodeKindOk: boolean[];
  private readonly statusOk: boolean[];
  private readonly provenanceOk: boolean[];
  /** 1 where a relation kind is generic, by code. */
  private readonly generic: Uint8Array;
  /** No filter and no exclusion: every relation passes, so reading a hub checks nothing per relation. */
  private readonly isPlain: boolean;
  private readonly heldInYear = new Map<string, boolean>();
  private readonly maxEntries: number;
  entriesRead = 0;
  truncated = false;

  constructor(
    private readonly store: AdjacencyQueries,
    private readonly options: PathGraphOptions,
  ) {
    const codes = store.codes();
    const { filters } = options;
    this.relationOk = allowed(codes.relationKinds, filters.relationKinds);
    this.nodeKindOk = allowed(codes.nodeKinds, filters.nodeKinds, options.excludedKinds);
    this.statusOk = allowed(codes.statuses, filters.statuses);
    this.provenanceOk = allowed(codes.provenances, filters.provenances);
    this.generic = Uint8Array.from(codes.relationKinds, (k) => (isGenericRelation(k as RelationKind) ? 1 : 0));
    this.isPlain =
      Object.values(filters).every((v) => v === undefined) &&
      options.excludedNids.size === 0 &&
      options.excludedKinds.size === 0;
    this.maxEntries = options.maxEntries ?? MAX_READ_ENTRIES;
  }

  /** The node's passing hops as [neighbour, flags] pairs, sorted by neighbour (flags: see HopSource). */
  hops(nid: number): Int32Array {
    let hops = this.hopsOf.get(nid);
    if (hops === undefined) {
      hops = this.isPlain ? this.readPlain(nid) : this.read(this.store.of(nid));
      this.hopsOf.set(nid, hops);
    }
    return hops;
  }

  /**
   * Unfiltered hops depend on the node alone, so a hub's are kept between requests: decoding a hub of
   * 6·10^4 relations was a third of a path search. The read still counts against the budget.
   */
  private readPlain(nid: number): Int32Array {
    const key = `plain-hops:${String(nid)}`;
    const kept = this.store.decodedHubs.get(key);
    if (kept !== undefined) {
      this.spend(kept.entries);
      return kept.list;
    }
    const words = this.store.of(nid);
    const hops = this.read(words);
    if (isHubList(words)) {
      // Kept trimmed: `read` cuts its answer from a buffer sized for every relation.
      const list = hops.slice();
      this.store.decodedHubs.set(key, { list, entries: words.length / STEP, byteLength: list.byteLength });
    }
    return hops;
  }

  private spend(entries: number): void {
    if (this.entriesRead + entries > this.maxEntries) {
      this.truncated = true;
      throw new BudgetSpent();
    }
    this.entriesRead += entries;
  }

  /** Whether the hop between two neighbours is generic (both are known to be joined). */
  isGenericHop(a: number, b: number): boolean {
    const hops = this.hops(a);
    const at = firstAtOrAfter(hops, 2, b);
    return hops[at] === b && ((hops[at + 1] ?? 0) & 1) === 1;
  }

  /** The relations (internal keys) that pass between two nodes of a found path (both ends pass), in key order. */
  relationsBetween(a: number, b: number): number[] {
    // Read from the end with fewer relations: the other may be a hub of 10^5.
    if (this.hops(a).length > this.hops(b).length) return this.relationsBetween(b, a);
    const words = this.store.of(a);
    const eids: number[] = [];
    for (let i = firstAtOrAfter(words, STEP, b); i < words.length && words[i] === b; i += STEP)
      if (this.edgePasses(words[i + 1] ?? 0, words[i + 2] ?? 0)) eids.push(words[i + 1] ?? 0);
    return eids.sort((x, y) => x - y);
  }

  /** A node's adjacency entries as its passing hops. */
  private read(words: Int32Array): Int32Array {
    const count = words.length / STEP;
    this.spend(count);
    const out = new Int32Array(count * 2);
    let n = 0;
    for (let i = 0; i < words.length;) {
      const other = words[i] ?? 0;
      const first = words[i + 2] ?? 0;
      const nodeOk = this.isPlain || this.nodePasses(other, first);
      let passes = false;
      let allGeneric = true;
      for (; i < words.length && words[i] === other; i += STEP) {
        const attributes = words[i + 2] ?? 0;
        if (!nodeOk || (!this.isPlain && !this.edgePasses(words[i + 1] ?? 0, attributes))) continue;
        passes = true;
        if (this.generic[attributes & 0xff] !== 1) allGeneric = false;
      }
      if (passes) {
        out[n++] = other;
        out[n++] = (allGeneric ? 1 : 0) | (((first >>> 26) & 0x1f) << 1);
      }
    }
    return out.subarray(0, n);
  }

  private nodePasses(nid: number, attributes: number): boolean {
    if (this.options.ends.includes(nid)) return true;
    if (this.options.excludedNids.has(nid)) return false;
    if (this.nodeKindOk[nodeKindOf(attributes)] !== true) return false;
    if (this.provenanceOk[nodeProvenanceOf(attributes)] !== true) return false;
    return this.holds('n', nid, () => this.store.nodeDates(nid));
  }

  private edgePasses(eid: number, attributes: number): boolean {
    if (this.relationOk[edgeKindOf(attributes)] !== true) return false;
    if (this.statusOk[edgeStatusOf(attributes)] !== true) return false;
    if (this.provenanceOk[edgeProvenanceOf(attributes)] !== true) return false;
    return this.holds('e', eid, () => this.store.edgeDates(eid));
  }

  /** The "as of" rule, by the shared function; dates are read only when a year is set, once per element. */
  private holds(prefix: string, key: number, read: () => Datable | undefined): boolean {
    const year = this.options.filters.asOfYear;
    if (year === undefined) return true;
    const cacheKey = `${prefix}${String(key)}`;
    let held = this.heldInYear.get(cacheKey);
    if (held === undefined) {
      const row = read();
      if (row === undefined) throw new AppError('INTERNAL', `The dataset lacks ${cacheKey} named by its adjacency.`);
      held = holdsIn(row.status as Status | null, JSON.parse(row.dates) as DateMap, year);
      this.heldInYear.set(cacheKey, held);
    }
    return held;
  }
}
