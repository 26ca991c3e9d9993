// Reads the packed adjacency (adjacencyCodec.ts): one row lookup per node, returned as int32 words, so
// path and ego searches walk a hub's relations without a row per relation. Also what those searches
// need afterwards: relations by internal key or by their place in the lists, nodes by key, and dates
// for the "as of" year.
import { AppError, type DateMap, type EdgeSummary, type NodeSummary } from '../../shared/contract';
import type { NodeKind, Provenance, RelationKind, Status } from '../../shared/ontology';
import {
  asWords,
  edgeKindOf,
  edgeProvenanceOf,
  edgeStatusOf,
  ENTRY_WORDS,
  LINE_DETAILED,
  LINE_OUT,
  nodeKindOf,
  nodeProvenanceOf,
  nodeStatusOf,
  RELATION_BLOCK_ENTRIES,
  relationBlockKey,
  type AdjacencyCodes,
} from './adjacencyCodec';
import { ByteBoundedLru } from './byteBoundedLru';
import { rowsByKeys } from './keyList';
import { EDGE_COLS, EDGE_FROM, type PrepareSql } from './queryColumns';
import { toEdgeSummary, type EdgeRow } from './rowMapping';

type DetailTuple = [dates: string | null, noteNl: string | null, noteEn: string | null];

/** Where a relation was met: entry `entry` (its index) of `owner`'s list, towards `other`, with that entry's codes. */
export interface EntryRef {
  readonly owner: number;
  readonly entry: number;
  readonly other: number;
  readonly attributes: number;
}

type BriefNodeTuple = [nid: number, id: string, labelNl: string, labelEn: string, dates: string | null, degree: number];

const NO_ENTRIES = new Int32Array(0);

/** Lists this long (a hub's: 24 KiB and more) are kept decoded: every ego network and path near a hub reads them again. */
const HUB_ENTRIES = 2048;
/** What the kept hub lists may hold at most (a hub of 10^5 relations takes 1.2 MiB). */
const HUB_CACHE_BYTES = 32 * 1024 * 1024;
/** What searches may keep of their own decoded forms of hub lists (a plain hop list is 2/3 of its adjacency). */
const DERIVED_CACHE_BYTES = 16 * 1024 * 1024;

/** A hub's list in a search's own decoding, with the number of adjacency entries it was made from. */
export interface DecodedHub {
  readonly list: Int32Array;
  readonly entries: number;
  readonly byteLength: number;
}

/** Whether a node's adjacency is a hub's, long enough to keep decoded between requests. */
export const isHubList = (words: Int32Array): boolean => words.length >= HUB_ENTRIES * ENTRY_WORDS;

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
  private readonly hubLists = new ByteBoundedLru<number>(HUB_CACHE_BYTES);
  /** Hubs' lists as a search decoded them, kept between requests by that search (PathGraph's plain hops). */
  readonly decodedHubs = new ByteBoundedLru<string, DecodedHub>(DERIVED_CACHE_BYTES);

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
    if (kept !== undefined) return kept;
    const blob = this.sql('SELECT nbrs FROM adjacency WHERE nid = ?').pluck().get(nid) as Buffer | undefined;
    if (blob === undefined) return NO_ENTRIES;
    const words = asWords(blob);
    if (isHubList(words)) this.hubLists.set(nid, words);
    return words;
  }

  /** Relations by internal key, with their ends' ids, in key order. */
  edgesByEid(eids: readonly number[]): Map<number, EdgeSummary> {
    if (eids.length === 0) return new Map();
    const rows = rowsByKeys(
      eids,
      (list, values) =>
        this.sql(`SELECT ${EDGE_COLS} FROM ${EDGE_FROM} WHERE e.eid IN (${list}) ORDER BY e.eid`).all(
          values,
        ) as EdgeRow[],
    );
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
   * Nodes by internal key with the adjacency attributes that reached each (their kind, status and
   * provenance come from its codes), in key order. Only the id, labels, dates and degree are read, as
   * arrays, and an empty dates text comes back as NULL: at 1,000 scattered rows the strings V8 makes,
   * not the lookups, are most of the cost, and most elements have no dates.
   */
  nodesByCode(codeOf: ReadonlyMap<number, number>): { nid: number; summary: NodeSummary }[] {
    if (codeOf.size === 0) return [];
    const codes = this.codes();
    const rows = rowsByKeys(
      codeOf.keys(),
      (list, values) =>
        this.sql(
          `SELECT n.nid, n.id, n.label_nl, n.label_en, nullif(n.dates, '{}'), n.degree
             FROM node n WHERE n.nid IN (${list}) ORDER BY n.nid`,
        )
          .raw()
          .all(values) as BriefNodeTuple[],
    );
    const parse = datesParser();
    return rows.map(([nid, id, labelNl, labelEn, dates, degree]) => {
      const attributes = codeOf.get(nid) ?? 0;
      const status = nodeStatusOf(attributes);
      return {
        nid,
        summary: {
          id,
          kind: codes.nodeKinds[nodeKindOf(attributes)] as NodeKind,
          label: { nl: labelNl, en: labelEn },
          status: status < 0 ? null : (codes.statuses[status] as Status),
          dates: parse(dates ?? '{}'),
          provenance: codes.provenances[nodeProvenanceOf(attributes)] as Provenance,
          degree,
        },
      };
    });
  }

  /**
   * Relations by where they were met in the lists (relation key → entry), in key order. Ids and
   * directions come from the relation lines (schema 6), kind, status and provenance from the codes; a
   * relation's row is read only when its line says it holds dates or a note. Around a hub, an ego
   * network's 1,000 relations are mostly a run of the hub's list: a few blocks of lines instead of
   * 1,000 scattered row lookups, which were a third of its time.
   */
  edgesOfEntries(refs: ReadonlyMap<number, EntryRef>, idOf: ReadonlyMap<number, string>): EdgeSummary[] {
    if (refs.size === 0) return [];
    const codes = this.codes();
    const blocks = this.relationLines([...refs.values()].map((r) => relationBlockKey(r.owner, r.entry)));
    const eids = [...refs.keys()].sort((a, b) => a - b);
    const lines = eids.map((eid) => {
      const ref = refs.get(eid) as EntryRef;
      const line = blocks.get(relationBlockKey(ref.owner, ref.entry))?.[ref.entry % RELATION_BLOCK_ENTRIES];
      if (line === undefined)
        throw new AppError(
          'UNAVAILABLE',
          `The dataset file has no relation line for entry ${String(ref.entry)} of node key ${String(ref.owner)}. Run "npm run build:data".`,
        );
      return line;
    });
    const details = this.details(eids.filter((_, i) => lines[i]?.[1] === LINE_DETAILED));
    const parse = datesParser();
    return eids.map((eid, i): EdgeSummary => {
      const ref = refs.get(eid) as EntryRef;
      const line = lines[i] ?? '';
      const out = line[0] === LINE_OUT;
      const [dates, noteNl, noteEn] = details.get(eid) ?? [null, null, null];
      return {
        id: line.slice(2),
        kind: codes.relationKinds[edgeKindOf(ref.attributes)] as RelationKind,
        source: idOf.get(out ? ref.owner : ref.other) ?? '',
        target: idOf.get(out ? ref.other : ref.owner) ?? '',
        status: codes.statuses[edgeStatusOf(ref.attributes)] as Status,
        dates: parse(dates ?? '{}'),
        provenance: codes.provenances[edgeProvenanceOf(ref.attributes)] as Provenance,
        note: noteNl === null || noteEn === null ? null : { nl: noteNl, en: noteEn },
      };
    });
  }

  /** Blocks of relation lines by key, each split into its lines. */
  private relationLines(keys: Iterable<number>): Map<number, string[]> {
    const rows = rowsByKeys(
      keys,
      (list, values) =>
        this.sql(`SELECT key, lines FROM relation_block WHERE key IN (${list}) ORDER BY key`).raw().all(values) as [
          number,
          string,
        ][],
    );
    return new Map(rows.map(([key, text]) => [key, text.split('\n')]));
  }

  /** Dates and notes of the relations whose lines say they have some. */
  private details(eids: readonly number[]): Map<number, DetailTuple> {
    if (eids.length === 0) return new Map();
    const rows = rowsByKeys(
      eids,
      (list, values) =>
        this.sql(
          `SELECT e.eid, nullif(e.dates, '{}'), e.note_nl, e.note_en FROM edge e WHERE e.eid IN (${list}) ORDER BY e.eid`,
        )
          .raw()
          .all(values) as [number, ...DetailTuple][],
    );
    return new Map(rows.map(([eid, ...detail]) => [eid, detail]));
  }

  nodeDates(nid: number): Datable | undefined {
    return this.sql('SELECT status, dates FROM node WHERE nid = ?').get(nid) as Datable | undefined;
  }

  edgeDates(eid: number): Datable | undefined {
    return this.sql('SELECT status, dates FROM edge WHERE eid = ?').get(eid) as Datable | undefined;
  }
}
