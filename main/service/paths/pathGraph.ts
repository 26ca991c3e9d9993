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
import type { AdjacencyQueries, Datable } from '../../store/adjacencyQueries';

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

export class PathGraph {
  /** Per node: [neighbour, generic 0/1] pairs of the hops that pass. */
  private readonly hopsOf = new Map<number, Int32Array>();
  private readonly relationOk: boolean[];
  private readonly nodeKindOk: boolean[];
  private readonly statusOk: boolean[];
  private readonly provenanceOk: boolean[];
  private readonly generic: boolean[];
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
    this.generic = codes.relationKinds.map((k) => isGenericRelation(k as RelationKind));
    this.maxEntries = options.maxEntries ?? MAX_READ_ENTRIES;
  }

  /** The node's passing hops as [neighbour, generic] pairs, sorted by neighbour. */
  hops(nid: number): Int32Array {
    let hops = this.hopsOf.get(nid);
    if (hops === undefined) {
      hops = this.read(nid);
      this.hopsOf.set(nid, hops);
    }
    return hops;
  }

  /** Whether the hop between two neighbours is generic (both are known to be joined). */
  isGenericHop(a: number, b: number): boolean {
    const hops = this.hops(a);
    for (let i = 0; i < hops.length; i += 2) if (hops[i] === b) return hops[i + 1] === 1;
    return false;
  }

  /** The relations (internal keys) that pass between two nodes of a found path (both ends pass), in key order. */
  relationsBetween(a: number, b: number): number[] {
    const words = this.store.of(a);
    const eids: number[] = [];
    for (let i = 0; i < words.length; i += ENTRY_WORDS)
      if (words[i] === b && this.edgePasses(words[i + 1] ?? 0, words[i + 2] ?? 0)) eids.push(words[i + 1] ?? 0);
    return eids.sort((x, y) => x - y);
  }

  private read(nid: number): Int32Array {
    const words = this.store.of(nid);
    const count = words.length / ENTRY_WORDS;
    if (this.entriesRead + count > this.maxEntries) {
      this.truncated = true;
      throw new BudgetSpent();
    }
    this.entriesRead += count;
    const out: number[] = [];
    for (let i = 0; i < words.length;) {
      const other = words[i] ?? 0;
      let passes = false;
      let allGeneric = true;
      const nodeOk = this.nodePasses(other, words[i + 2] ?? 0);
      for (; i < words.length && words[i] === other; i += ENTRY_WORDS) {
        if (!nodeOk || !this.edgePasses(words[i + 1] ?? 0, words[i + 2] ?? 0)) continue;
        passes = true;
        allGeneric &&= this.generic[edgeKindOf(words[i + 2] ?? 0)] === true;
      }
      if (passes) out.push(other, allGeneric ? 1 : 0);
    }
    return Int32Array.from(out);
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
