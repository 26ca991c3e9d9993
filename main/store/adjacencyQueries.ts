// Reads the packed adjacency (adjacencyCodec.ts): one row lookup per node, returned as int32 words, so
// path and ego searches walk a hub's relations without a row per relation. Also the few rows those
// searches need afterwards: relations by internal key, and dates for the "as of" year.
import type { DateMap, EdgeSummary, NodeSummary } from '../../shared/contract';
import type { NodeKind, Provenance, RelationKind, Status } from '../../shared/ontology';
import {
  asWords,
  edgeKindOf,
  edgeProvenanceOf,
  edgeStatusOf,
  ENTRY_WORDS,
  type AdjacencyCodes,
} from './adjacencyCodec';
import { EDGE_COLS, EDGE_FROM, NODE_COLS, type PrepareSql } from './queryColumns';
import { toEdgeSummary, type EdgeRow } from './rowMapping';

type BriefTuple = [
  eid: number,
  id: string,
  source: number,
  target: number,
  dates: string,
  noteNl: string | null,
  noteEn: string | null,
];

type NodeTuple = [
  nid: number,
  id: string,
  kind: string,
  labelNl: string,
  labelEn: string,
  status: string | null,
  dates: string,
  provenance: string,
  degree: number,
];

const NO_ENTRIES = new Int32Array(0);

/** Lists this long (a hub's: 24 KiB and more) are kept decoded: every ego network and path near a hub reads them again. */
const HUB_ENTRIES = 2048;
/** What the kept hub lists may hold at most (a hub of 10^5 relations takes 1.2 MiB). */
const HUB_CACHE_BYTES = 32 * 1024 * 1024;

/** A dates parser that parses each distinct text once (most elements share `{}`); the maps are shared, so read-only. */
function datesParser(): (text: string) => DateMap {
  const parsed = new Map<string, DateMap>();
  return (text) => {
    let value = parsed.get(text);
    if (value === undefined) {
      value = JSON.parse(text) as DateMap;
      parsed.set(text, value);
    }
    return value;
  };
}

/** What the "as of" rule needs of an element. */
export interface Datable {
  readonly status: string | null;
  readonly dates: string;
}

export class AdjacencyQueries {
  private codeTables: AdjacencyCodes | undefined;
  /** Least recently used first (a Map keeps insertion order; a hit moves its entry to the end). */
  private readonly hubLists = new Map<number, Int32Array>();
  private hubBytes = 0;

  constructor(private readonly sql: PrepareSql) {}

  /** The code tables the bundle's adjacency was written with. */
  codes(): AdjacencyCodes {
    this.codeTables ??= JSON.parse(
      this.sql("SELECT value FROM meta WHERE key = 'adjacency_codes'").pluck().get() as string,
    ) as AdjacencyCodes;
    return this.codeTables;
  }

  /** The largest node key: searches size their per-node arrays by it. */
  maxNid(): number {
    return this.sql('SELECT coalesce(max(nid), 0) FROM node').pluck().get() as number;
  }

  /** A node's entries ([neighbour, relation, attributes] triples, by neighbour); none for an isolated node. */
  of(nid: number): Int32Array {
    const kept = this.hubLists.get(nid);
    if (kept !== undefined) {
      this.hubLists.delete(nid);
      this.hubLists.set(nid, kept);
      return kept;
    }
    const blob = this.sql('SELECT nbrs FROM adjacency WHERE nid = ?').pluck().get(nid) as Buffer | undefined;
    if (blob === undefined) return NO_ENTRIES;
    const words = asWords(blob);
    if (words.length >= HUB_ENTRIES * ENTRY_WORDS) this.keep(nid, words);
    return words;
  }

  private keep(nid: number, words: Int32Array): void {
    this.hubLists.set(nid, words);
    this.hubBytes += words.byteLength;
    for (const [oldest, list] of this.hubLists) {
      if (this.hubBytes <= HUB_CACHE_BYTES) break;
      this.hubLists.delete(oldest);
      this.hubBytes -= list.byteLength;
    }
  }

  /** Relations by internal key, with their ends' ids, in key order. */
  edgesByEid(eids: readonly number[]): Map<number, EdgeSummary> {
    if (eids.length === 0) return new Map();
    const rows = this.sql(
      `SELECT ${EDGE_COLS} FROM ${EDGE_FROM} WHERE e.eid IN (SELECT value FROM json_each(?)) ORDER BY e.eid`,
    ).all(JSON.stringify(eids)) as EdgeRow[];
    return new Map(rows.map((row) => [row.eid, toEdgeSummary(row)]));
  }

  /** Internal keys of the nodes with these ids (absent ids are left out). */
  nidsOf(ids: readonly string[]): number[] {
    if (ids.length === 0) return [];
    return this.sql('SELECT nid FROM node WHERE id IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify(ids)) as number[];
  }

  /**
   * Nodes by internal key, in key order, with their keys. Rows come as arrays and each distinct dates
   * text is parsed once: an ego network reads 1,000 scattered nodes, and per-row objects were a third of that.
   */
  nodesByNid(nids: readonly number[]): { nid: number; summary: NodeSummary }[] {
    if (nids.length === 0) return [];
    const rows = this.sql(
      // Its own text: statements are cached by text, and raw() would turn a shared one into arrays for every caller.
      `SELECT ${NODE_COLS} FROM node n WHERE n.nid IN (SELECT value FROM json_each(?)) ORDER BY n.nid /* arrays */`,
    )
      .raw()
      .all(JSON.stringify(nids)) as NodeTuple[];
    const parse = datesParser();
    return rows.map(([nid, id, kind, labelNl, labelEn, status, dates, provenance, degree]) => ({
      nid,
      summary: {
        id,
        kind: kind as NodeKind,
        label: { nl: labelNl, en: labelEn },
        status: status as Status | null,
        dates: parse(dates),
        provenance: provenance as Provenance,
        degree,
      },
    }));
  }

  /**
   * Relations by internal key, each with its adjacency attributes (kind, status and provenance come from
   * their codes, so only the id, ends, dates and note are read), in key order. Per row this reads four
   * short strings instead of seven: the strings, not the lookups, were half an ego network's cost.
   */
  edgesByCode(codeOf: ReadonlyMap<number, number>, idOf: ReadonlyMap<number, string>): EdgeSummary[] {
    if (codeOf.size === 0) return [];
    const codes = this.codes();
    const eids = [...codeOf.keys()].sort((a, b) => a - b);
    const rows = this.sql(
      `SELECT e.eid, e.id, e.source_nid, e.target_nid, e.dates, e.note_nl, e.note_en
         FROM edge e WHERE e.eid IN (SELECT value FROM json_each(?)) ORDER BY e.eid`,
    )
      .raw()
      .all(JSON.stringify(eids)) as BriefTuple[];
    const parse = datesParser();
    return rows.map(([eid, id, source, target, dates, noteNl, noteEn]): EdgeSummary => {
      const attributes = codeOf.get(eid) ?? 0;
      return {
        id,
        kind: codes.relationKinds[edgeKindOf(attributes)] as RelationKind,
        source: idOf.get(source) ?? '',
        target: idOf.get(target) ?? '',
        status: codes.statuses[edgeStatusOf(attributes)] as Status,
        dates: parse(dates),
        provenance: codes.provenances[edgeProvenanceOf(attributes)] as Provenance,
        note: noteNl === null || noteEn === null ? null : { nl: noteNl, en: noteEn },
      };
    });
  }

  nodeDates(nid: number): Datable | undefined {
    return this.sql('SELECT status, dates FROM node WHERE nid = ?').get(nid) as Datable | undefined;
  }

  edgeDates(eid: number): Datable | undefined {
    return this.sql('SELECT status, dates FROM edge WHERE eid = ?').get(eid) as Datable | undefined;
  }
}
