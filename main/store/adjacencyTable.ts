// Writes the packed adjacency (see adjacencyCodec.ts) at bundle-write time: relations counted per
// node, then placed per node in typed arrays (CSR) a chunk of nodes at a time, one BLOB per node.
// 1M relations fit one chunk (a few seconds, ~24 MiB); 10M take five scans with memory bounded by
// the chunk. Reading a node's neighbours is then one row lookup.
import { CURRENT_CODES, ENTRY_WORDS, packAttributes } from './adjacencyCodec';
import type { SqliteDatabase } from './nativeBinding';

interface NodeCodes {
  readonly kind: Uint8Array;
  readonly status: Int8Array;
  readonly provenance: Uint8Array;
}

const indexIn = (list: readonly string[], value: string | null, what: string): number => {
  if (value === null) return -1;
  const at = list.indexOf(value);
  if (at < 0) throw new Error(`adjacency: unknown ${what} "${value}"`);
  return at;
};

function nodeCodes(db: SqliteDatabase, maxNid: number): NodeCodes {
  const codes = {
    kind: new Uint8Array(maxNid + 1),
    status: new Int8Array(maxNid + 1),
    provenance: new Uint8Array(maxNid + 1),
  };
  const rows = db.prepare('SELECT nid, kind, status, provenance FROM node').raw().iterate() as Iterable<
    [number, string, string | null, string]
  >;
  for (const [nid, kind, status, provenance] of rows) {
    codes.kind[nid] = indexIn(CURRENT_CODES.nodeKinds, kind, 'node kind');
    codes.status[nid] = indexIn(CURRENT_CODES.statuses, status, 'status');
    codes.provenance[nid] = indexIn(CURRENT_CODES.provenances, provenance, 'provenance');
  }
  return codes;
}

type EdgeTuple = [eid: number, source: number, target: number, kind: string, status: string, provenance: string];

/** Entries held at once while writing (12 bytes each, ~48 MiB), whatever the size of the graph. */
const CHUNK_ENTRIES = 4_000_000;

export function writeAdjacency(db: SqliteDatabase, chunkEntries = CHUNK_ENTRIES): void {
  const maxNid = db.prepare('SELECT coalesce(max(nid), 0) FROM node').pluck().get() as number;
  const nodes = nodeCodes(db, maxNid);
  // A relation of a node with itself is listed once (ego networks show it; path searches never take it).
  const degree = new Uint32Array(maxNid + 1);
  const ends = db.prepare('SELECT source_nid, target_nid FROM edge').raw().iterate() as Iterable<[number, number]>;
  for (const [s, t] of ends) {
    degree[s] = (degree[s] ?? 0) + 1;
    if (s !== t) degree[t] = (degree[t] ?? 0) + 1;
  }
  const chunk = chunkWriter(db, nodes, degree);
  // Nodes in id order, as many per chunk as fit chunkEntries (a bigger hub alone in its chunk).
  for (let lo = 0; lo <= maxNid;) {
    let hi = lo;
    let entries = 0;
    while (hi <= maxNid && (hi === lo || entries + (degree[hi] ?? 0) <= chunkEntries)) {
      entries += degree[hi] ?? 0;
      hi += 1;
    }
    chunk(lo, hi - 1);
    lo = hi;
  }
  db.prepare("INSERT INTO meta (key, value) VALUES ('adjacency_codes', ?)").run(JSON.stringify(CURRENT_CODES));
}

/** Writes the BLOBs of nodes lo..hi from one scan of the relations in id order (CSR over the chunk). */
function chunkWriter(db: SqliteDatabase, nodes: NodeCodes, degree: Uint32Array) {
  // `+` keeps the scan sequential over the table rather than two index walks with a row lookup each.
  const touching = db.prepare(`SELECT eid, source_nid, target_nid, kind, status, provenance FROM edge
    WHERE (+source_nid BETWEEN @lo AND @hi) OR (+target_nid BETWEEN @lo AND @hi) ORDER BY eid`);
  const insert = db.prepare('INSERT INTO adjacency (nid, nbrs) VALUES (?, ?)');
  return (lo: number, hi: number): void => {
    const offsets = new Uint32Array(hi - lo + 2);
    for (let n = lo; n <= hi; n += 1) offsets[n - lo + 1] = (offsets[n - lo] ?? 0) + (degree[n] ?? 0);
    const words = new Int32Array((offsets[hi - lo + 1] ?? 0) * ENTRY_WORDS);
    const fill = offsets.slice();
    const place = (at: number, other: number, eid: number, attributes: number): void => {
      const i = (fill[at - lo] ?? 0) * ENTRY_WORDS;
      fill[at - lo] = (fill[at - lo] ?? 0) + 1;
      words[i] = other;
      words[i + 1] = eid;
      words[i + 2] = attributes;
    };
    for (const [eid, s, t, kind, status, provenance] of touching.raw().iterate({ lo, hi }) as Iterable<EdgeTuple>) {
      const edge = {
        edgeKind: indexIn(CURRENT_CODES.relationKinds, kind, 'relation kind'),
        edgeStatus: indexIn(CURRENT_CODES.statuses, status, 'status'),
        edgeProvenance: indexIn(CURRENT_CODES.provenances, provenance, 'provenance'),
      };
      const about = (n: number) => ({
        ...edge,
        nodeKind: nodes.kind[n] ?? 0,
        nodeStatus: nodes.status[n] ?? -1,
        nodeProvenance: nodes.provenance[n] ?? 0,
        nodeDegree: degree[n] ?? 0,
      });
      if (s >= lo && s <= hi) place(s, t, eid, packAttributes(about(t)));
      if (s !== t && t >= lo && t <= hi) place(t, s, eid, packAttributes(about(s)));
    }
    for (let n = lo; n <= hi; n += 1) {
      const start = offsets[n - lo] ?? 0;
      const end = offsets[n - lo + 1] ?? 0;
      if (end > start) insert.run(n, sortedBlob(words.subarray(start * ENTRY_WORDS, end * ENTRY_WORDS)));
    }
  };
}

/** One node's entries sorted by neighbour, then relation (entries arrive in relation order already). */
function sortedBlob(entries: Int32Array): Buffer {
  const count = entries.length / ENTRY_WORDS;
  const order = Array.from({ length: count }, (_, i) => i);
  order.sort((a, b) => (entries[a * ENTRY_WORDS] ?? 0) - (entries[b * ENTRY_WORDS] ?? 0) || a - b);
  const out = new Int32Array(entries.length);
  order.forEach((from, to) =>
    out.set(entries.subarray(from * ENTRY_WORDS, (from + 1) * ENTRY_WORDS), to * ENTRY_WORDS),
  );
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}
