// Writes the packed adjacency (see adjacencyCodec.ts) at bundle-write time: relations counted per
// node, then placed per node in typed arrays (CSR) a chunk of nodes at a time, one BLOB per node.
// 1M relations fit one chunk (a few seconds, ~24 MiB); 10M take five scans with memory bounded by
// the chunk. Reading a node's neighbours is then one row lookup. Beside each list, its relations' ids
// in the same order, a block of entries per row (relation_block, see adjacencyCodec.ts).
import {
  CURRENT_CODES,
  ENTRY_WORDS,
  LINE_DETAILED,
  LINE_IN,
  LINE_OUT,
  LINE_PLAIN,
  packAttributes,
  RELATION_BLOCK_ENTRIES,
  RELATION_BLOCKS_PER_NODE,
  relationBlockKey,
} from './adjacencyCodec';
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

type EdgeTuple = [
  eid: number,
  id: string,
  source: number,
  target: number,
  kind: string,
  status: string,
  provenance: string,
  detailed: number,
];

/** A line's two marks, made once: a chunk holds millions of entries. */
const PLAIN_MARKS = { out: LINE_OUT + LINE_PLAIN, in: LINE_IN + LINE_PLAIN };
const DETAILED_MARKS = { out: LINE_OUT + LINE_DETAILED, in: LINE_IN + LINE_DETAILED };

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
  const most = degree.reduce((a, b) => Math.max(a, b), 0);
  if (most > RELATION_BLOCKS_PER_NODE * RELATION_BLOCK_ENTRIES)
    throw new Error(`adjacency: a node has ${String(most)} relations, more than its relation lines can key`);
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
  const touching = db.prepare(`SELECT eid, id, source_nid, target_nid, kind, status, provenance,
      dates <> '{}' OR note_nl IS NOT NULL OR note_en IS NOT NULL
    FROM edge WHERE (+source_nid BETWEEN @lo AND @hi) OR (+target_nid BETWEEN @lo AND @hi) ORDER BY eid`);
  const insert = db.prepare('INSERT INTO adjacency (nid, nbrs) VALUES (?, ?)');
  const insertLines = db.prepare('INSERT INTO relation_block (key, lines) VALUES (?, ?)');
  return (lo: number, hi: number): void => {
    const offsets = new Uint32Array(hi - lo + 2);
    for (let n = lo; n <= hi; n += 1) offsets[n - lo + 1] = (offsets[n - lo] ?? 0) + (degree[n] ?? 0);
    const total = offsets[hi - lo + 1] ?? 0;
    const words = new Int32Array(total * ENTRY_WORDS);
    // Per entry, its relation's id and its line's two marks (the same id string serves both ends).
    const ids = new Array<string>(total);
    const markOf = new Array<string>(total);
    const fill = offsets.slice();
    const place = (at: number, other: number, eid: number, attributes: number, mark: string, id: string): void => {
      const entry = fill[at - lo] ?? 0;
      fill[at - lo] = entry + 1;
      const i = entry * ENTRY_WORDS;
      words[i] = other;
      words[i + 1] = eid;
      words[i + 2] = attributes;
      ids[entry] = id;
      markOf[entry] = mark;
    };
    const rows = touching.raw().iterate({ lo, hi }) as Iterable<EdgeTuple>;
    for (const [eid, id, s, t, kind, status, provenance, detailed] of rows) {
      if (id.includes('\n')) throw new Error(`adjacency: relation id ${JSON.stringify(id)} holds a line break`);
      const marks = detailed === 1 ? DETAILED_MARKS : PLAIN_MARKS;
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
      if (s >= lo && s <= hi) place(s, t, eid, packAttributes(about(t)), marks.out, id);
      if (s !== t && t >= lo && t <= hi) place(t, s, eid, packAttributes(about(s)), marks.in, id);
    }
    for (let n = lo; n <= hi; n += 1) {
      const start = offsets[n - lo] ?? 0;
      const end = offsets[n - lo + 1] ?? 0;
      if (end === start) continue;
      const order = listOrder(words.subarray(start * ENTRY_WORDS, end * ENTRY_WORDS));
      insert.run(n, packedInOrder(words, start, order));
      for (let from = 0; from < order.length; from += RELATION_BLOCK_ENTRIES) {
        const block = order.slice(from, from + RELATION_BLOCK_ENTRIES);
        const lines = block.map((k) => (markOf[start + k] ?? '') + (ids[start + k] ?? '')).join('\n');
        insertLines.run(relationBlockKey(n, from), lines);
      }
    }
  };
}

/** The order of one node's entries: by neighbour, then relation (entries arrive in relation order already). */
function listOrder(entries: Int32Array): number[] {
  const order = Array.from({ length: entries.length / ENTRY_WORDS }, (_, i) => i);
  return order.sort((a, b) => (entries[a * ENTRY_WORDS] ?? 0) - (entries[b * ENTRY_WORDS] ?? 0) || a - b);
}

/** The BLOB of a node's entries (from `start` in the chunk's words) in the given order. */
function packedInOrder(words: Int32Array, start: number, order: readonly number[]): Buffer {
  const out = new Int32Array(order.length * ENTRY_WORDS);
  order.forEach((from, to) => {
    const at = (start + from) * ENTRY_WORDS;
    out.set(words.subarray(at, at + ENTRY_WORDS), to * ENTRY_WORDS);
  });
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}
