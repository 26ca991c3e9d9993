// The packed adjacency of the bundle (schema 5): per node one BLOB of little-endian int32 triples
// [neighbour nid, relation eid, attributes], sorted by neighbour then relation, both directions of
// every relation. The attributes word packs the codes a path or ego search filters on, so a hub's
// 10^5 relations are filtered without reading one edge or node row, and a search can tell a hub in
// its frontier before reading the hub.
import { NODE_KINDS, PROVENANCES, RELATION_KINDS, STATUSES } from '../../shared/ontology';

/** int32 words per adjacency entry. */
export const ENTRY_WORDS = 3;

/** The code tables a bundle was written with (stored in meta, so a reordered ontology cannot misread it). */
export interface AdjacencyCodes {
  readonly relationKinds: readonly string[];
  readonly nodeKinds: readonly string[];
  readonly statuses: readonly string[];
  readonly provenances: readonly string[];
}

export const CURRENT_CODES: AdjacencyCodes = {
  relationKinds: RELATION_KINDS,
  nodeKinds: NODE_KINDS,
  statuses: STATUSES,
  provenances: PROVENANCES,
};

/** The decoded attributes of one entry: the relation's and the neighbour's codes. */
export interface EntryCodes {
  readonly edgeKind: number;
  readonly nodeKind: number;
  readonly edgeStatus: number;
  readonly edgeProvenance: number;
  /** -1 when the neighbour has no status. */
  readonly nodeStatus: number;
  readonly nodeProvenance: number;
  /** The neighbour's number of relations, as a power-of-two bucket (see degreeBucket). */
  readonly nodeDegree: number;
}

/** Bits needed to write the degree (0 for none, 17 for 10^5): enough for a search to weigh a frontier. */
export const degreeBucket = (degree: number): number => Math.min(31, 32 - Math.clz32(degree));

export function packAttributes(c: EntryCodes): number {
  return (
    c.edgeKind |
    (c.nodeKind << 8) |
    (c.edgeStatus << 16) |
    (c.edgeProvenance << 19) |
    ((c.nodeStatus + 1) << 21) |
    (c.nodeProvenance << 24) |
    (degreeBucket(c.nodeDegree) << 26)
  );
}

export const edgeKindOf = (attributes: number): number => attributes & 0xff;
export const nodeKindOf = (attributes: number): number => (attributes >> 8) & 0xff;
export const edgeStatusOf = (attributes: number): number => (attributes >> 16) & 0x7;
export const edgeProvenanceOf = (attributes: number): number => (attributes >> 19) & 0x3;
export const nodeStatusOf = (attributes: number): number => ((attributes >> 21) & 0x7) - 1;
export const nodeProvenanceOf = (attributes: number): number => (attributes >> 24) & 0x3;
/** About the neighbour's degree: 2^bucket ≥ degree. */
export const nodeDegreeBucketOf = (attributes: number): number => (attributes >>> 26) & 0x1f;

/** A node's adjacency as int32 words, sharing the buffer's memory when it is aligned (copied when not). */
export function asWords(blob: Buffer): Int32Array {
  if (blob.byteOffset % 4 === 0) return new Int32Array(blob.buffer, blob.byteOffset, blob.byteLength / 4);
  return new Int32Array(Uint8Array.from(blob).buffer);
}

/**
 * Relation lines (schema 6): beside each node's list, the ids of its relations in list order, a block
 * of entries per row, each line `<direction><detail><id>`. An ego network takes most of its relations
 * from a run of a hub's list, so a few blocks replace a row lookup per relation; the rows are read only
 * for relations that have dates or a note.
 */
export const RELATION_BLOCK_ENTRIES = 256;
/** Block keys per node: a node may list 65,536 × 256 (16.7M) entries. */
export const RELATION_BLOCKS_PER_NODE = 65_536;
/** The list's owner is the relation's source. */
export const LINE_OUT = 'o';
/** The list's owner is the relation's target. */
export const LINE_IN = 'i';
/** The relation's row holds dates or a note: read it. */
export const LINE_DETAILED = '+';
export const LINE_PLAIN = '-';

/** The key of the block holding a node's entry `entry` (its index in the list, not a word offset). */
export const relationBlockKey = (nid: number, entry: number): number =>
  nid * RELATION_BLOCKS_PER_NODE + Math.floor(entry / RELATION_BLOCK_ENTRIES);
