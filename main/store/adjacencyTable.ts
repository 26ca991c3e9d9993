// Writes the packed adjacency (see adjacencyCodec.ts) at bundle-write time: every relation read once,
// counted and placed per node in typed arrays (CSR), then one BLOB per node. 1M relations take a
// few seconds and ~24 MiB while writing; reading a node's neighbours is then one row lookup.
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

export function writeAdjacency(db: SqliteDatabase): void {
  const maxNid = db.prepare('SELECT coalesce(max(nid), 0) FROM node').pluck().get() as number;
  const nodes = nodeCodes(db, maxNid);
  const edges = () =>
    db
      .prepare('SELECT eid, source_nid, target_nid, kind, status, provenance FROM edge ORDER BY eid')
      .raw()
      .iterate() as Iterable<EdgeTuple>;
  // Counting pass, then a placing pass: offsets[n] is where node n's entries start.
  const offsets = new Uint32Array(maxNid + 2);
  // A relation of a node with itself is listed once (ego networks show it; path searches never take it).
  for (const [, s, t] of edges()) {
    offsets[s + 1] = (offsets[s + 1] ?? 0) + 1;
    if (s !== t) offsets[t + 1] = (offsets[t + 1] ?? 0) + 1;
  }
  for (let n = 1; n < offsets.length; n += 1) offsets[n] = (offsets[n] ?? 0) + (offsets[n - 1] ?? 0);
  const words = new Int32Array((offsets[maxNid + 1] ?? 0) * ENTRY_WORDS);
  const fill = offsets.slice();
  const place = (at: number, other: number, eid: number, attributes: number): void => {
    const i = (fill[at] ?? 0) * ENTRY_WORDS;
    fill[at] = (fill[at] ?? 0) + 1;
    words[i] = other;
    words[i + 1] = eid;
    words[i + 2] = attributes;
  };
  for (const [eid, s, t, kind, status, provenance] of edges()) {
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
      nodeDegree: (offsets[n + 1] ?? 0) - (offsets[n] ?? 0),
    });
    place(s, t, eid, packAttributes(about(t)));
    if (s !== t) place(t, s, eid, packAttributes(about(s)));
  }
  const insert = db.prepare('INSERT INTO adjacency (nid, nbrs) VALUES (?, ?)');
  for (let n = 0; n <= maxNid; n += 1) {
    const start = offsets[n] ?? 0;
    const end = offsets[n + 1] ?? 0;
    if (end > start) insert.run(n, sortedBlob(words.subarray(start * ENTRY_WORDS, end * ENTRY_WORDS)));
  }
  db.prepare("INSERT INTO meta (key, value) VALUES ('adjacency_codes', ?)").run(JSON.stringify(CURRENT_CODES));
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
