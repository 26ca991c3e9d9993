// Reads the packed adjacency (adjacencyCodec.ts): one row lookup per node, returned as int32 words, so
// path and ego searches walk a hub's relations without a row per relation. Also the few rows those
// searches need afterwards: relations by internal key, and dates for the "as of" year.
import type { DateMap, EdgeSummary } from '../../shared/contract';
import type { Provenance, RelationKind, Status } from '../../shared/ontology';
import { asWords, type AdjacencyCodes } from './adjacencyCodec';
import { EDGE_COLS, EDGE_FROM, type PrepareSql } from './queryColumns';
import { toEdgeSummary, type EdgeRow } from './rowMapping';

type EdgeTuple = [
  id: string,
  kind: string,
  source: number,
  target: number,
  status: string,
  dates: string,
  provenance: string,
  noteNl: string | null,
  noteEn: string | null,
];

const NO_ENTRIES = new Int32Array(0);

/** What the "as of" rule needs of an element. */
export interface Datable {
  readonly status: string | null;
  readonly dates: string;
}

export class AdjacencyQueries {
  private codeTables: AdjacencyCodes | undefined;

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
    const blob = this.sql('SELECT nbrs FROM adjacency WHERE nid = ?').pluck().get(nid) as Buffer | undefined;
    return blob === undefined ? NO_ENTRIES : asWords(blob);
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
   * Relations by internal key among nodes the caller holds (their ids from `idOf`, not two joins a
   * relation), in key order. Rows come as arrays and each distinct dates text is parsed once: an ego
   * network of 1,000 nodes around hubs holds ~10^4 relations, and per-row objects were most of its cost.
   */
  edgesAmong(eids: readonly number[], idOf: ReadonlyMap<number, string>): EdgeSummary[] {
    if (eids.length === 0) return [];
    const rows = this.sql(
      `SELECT e.id, e.kind, e.source_nid, e.target_nid, e.status, e.dates, e.provenance, e.note_nl, e.note_en
         FROM edge e WHERE e.eid IN (SELECT value FROM json_each(?)) ORDER BY e.eid`,
    )
      .raw()
      .all(JSON.stringify(eids)) as EdgeTuple[];
    const parsed = new Map<string, DateMap>();
    return rows.map(([id, kind, source, target, status, dates, provenance, noteNl, noteEn]): EdgeSummary => {
      let dateMap = parsed.get(dates);
      if (dateMap === undefined) {
        dateMap = JSON.parse(dates) as DateMap;
        parsed.set(dates, dateMap);
      }
      return {
        id,
        kind: kind as RelationKind,
        source: idOf.get(source) ?? '',
        target: idOf.get(target) ?? '',
        status: status as Status,
        dates: dateMap,
        provenance: provenance as Provenance,
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
