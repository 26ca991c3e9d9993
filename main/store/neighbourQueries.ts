// A node's relations, one page at a time, at any degree. A node that is not a hub has its page read
// from its packed adjacency (neighbourPageOfAdjacency.ts). A hub's: each direction is read in index order
// (edge_out, edge_in: no sort, no temp B-tree), the two are merged by id, and the total comes
// from the compile-time per-kind degree table instead of a count over a hub's relations. Asked by
// degree, the most connected neighbours come first (a hub's expansion shows its important ends).
import type { Neighbourhood } from '../../shared/contract';
import type { AdjacencyQueries } from './adjacencyQueries';
import { rowsByKeys } from './keyList';
import { neighbourPageOfAdjacency } from './neighbourPageOfAdjacency';
import { NODE_COLS, RELATION_COLS, type PrepareSql, type RelationRow } from './queryColumns';
import { toEdgeSummary, toNodeSummary, type EdgeRow, type NodeRow } from './rowMapping';

const KIND_FILTER = 'AND kind IN (SELECT value FROM json_each(@kinds))';

interface Params {
  readonly nid: number;
  readonly after: number;
  readonly limit: number;
  readonly kinds?: string;
}

export class NeighbourQueries {
  constructor(
    private readonly sql: PrepareSql,
    private readonly adjacency: AdjacencyQueries,
  ) {}

  page(
    id: string,
    kinds: readonly string[] | null,
    after: number,
    limit: number,
    order: 'id' | 'degree' = 'id',
  ): Neighbourhood | null {
    const centre = this.sql(`SELECT ${NODE_COLS} FROM node n WHERE n.id = ?`).get(id) as NodeRow | undefined;
    if (centre === undefined) return null;
    const small = order === 'id' ? neighbourPageOfAdjacency(this.adjacency, centre, kinds, after, limit) : null;
    if (small !== null) {
      const last = small.eids.at(-1);
      return {
        centre: toNodeSummary(centre),
        nodes: small.nodes,
        edges: small.edges,
        total: this.total(centre.nid, kinds),
        nextCursor: small.eids.length === limit && last !== undefined ? String(last) : null,
      };
    }
    const params = { nid: centre.nid, after, limit, ...(kinds === null ? {} : { kinds: JSON.stringify(kinds) }) };
    const eids = order === 'degree' ? this.byDegree(kinds, params) : this.byId(kinds, params);
    // Ends by key, not joined: the page's nodes are read anyway, by key (a rowid seek, not the id index),
    // and give the ends' ids; two joined node rows per relation were most of an ordinary page's cost.
    const rows = rowsByKeys(
      eids,
      (list, values) =>
        this.sql(`SELECT ${RELATION_COLS} FROM edge e WHERE e.eid IN (${list}) ORDER BY e.eid`).all(
          values,
        ) as RelationRow[],
    );
    // By degree, the page keeps the order the sort chose (most connected first).
    const rank = new Map(eids.map((eid, i) => [eid, i]));
    if (order === 'degree') rows.sort((a, b) => (rank.get(a.eid) ?? 0) - (rank.get(b.eid) ?? 0));
    const others = [...new Set(rows.map((e) => (e.source_nid === centre.nid ? e.target_nid : e.source_nid)))];
    const nodes = rowsByKeys(
      others,
      (list, values) =>
        this.sql(`SELECT ${NODE_COLS} FROM node n WHERE n.nid IN (${list}) ORDER BY n.nid`).all(values) as NodeRow[],
    );
    const idOf = new Map([centre, ...nodes].map((n) => [n.nid, n.id]));
    const edges = rows.map((row) => toEdgeSummary(withEnds(row, idOf)));
    const last = eids.at(-1);
    const next = order === 'degree' ? String(after + eids.length) : String(last);
    return {
      centre: toNodeSummary(centre),
      nodes: nodes.map(toNodeSummary),
      edges,
      total: this.total(centre.nid, kinds),
      nextCursor: eids.length === limit && last !== undefined ? next : null,
    };
  }

  private byId(kinds: readonly string[] | null, params: Params): number[] {
    const filter = kinds === null ? '' : KIND_FILTER;
    const out = this.sql(
      `SELECT eid FROM edge WHERE source_nid = @nid AND eid > @after ${filter} ORDER BY eid LIMIT @limit`,
    )
      .pluck()
      .all(params) as number[];
    // A relation from the node to itself is read once, from the outgoing side.
    const incoming = this.sql(
      `SELECT eid FROM edge WHERE target_nid = @nid AND source_nid <> @nid AND eid > @after ${filter}
         ORDER BY eid LIMIT @limit`,
    )
      .pluck()
      .all(params) as number[];
    return mergeSorted(out, incoming, params.limit);
  }

  /**
   * The relations to the most connected neighbours first; `after` is an offset. It reads every
   * relation of the node once (a hub's 80,000 cost tens of ms): asked when a user expands a hub, not per frame.
   */
  private byDegree(kinds: readonly string[] | null, params: Params): number[] {
    const filter = kinds === null ? '' : 'AND e.kind IN (SELECT value FROM json_each(@kinds))';
    return this.sql(
      `SELECT eid FROM (
         SELECT e.eid, m.degree FROM edge e JOIN node m ON m.nid = e.target_nid WHERE e.source_nid = @nid ${filter}
         UNION ALL
         SELECT e.eid, m.degree FROM edge e JOIN node m ON m.nid = e.source_nid
           WHERE e.target_nid = @nid AND e.source_nid <> @nid ${filter}
       ) ORDER BY degree DESC, eid LIMIT @limit OFFSET @after`,
    )
      .pluck()
      .all(params) as number[];
  }

  /** Relations of the node (of these kinds), from the per-kind degrees stored at compile time. */
  private total(nid: number, kinds: readonly string[] | null): number {
    const sum =
      kinds === null
        ? this.sql('SELECT sum(n) FROM degree_by_kind WHERE nid = ?').pluck().get(nid)
        : this.sql('SELECT sum(n) FROM degree_by_kind WHERE nid = ? AND kind IN (SELECT value FROM json_each(?))')
            .pluck()
            .get(nid, JSON.stringify(kinds));
    return typeof sum === 'number' ? sum : 0;
  }
}

/** A relation row with its ends' ids. Fields listed, not spread: rest and spread over row objects cost 6 µs a row. */
function withEnds(row: RelationRow, idOf: ReadonlyMap<number, string>): EdgeRow {
  return {
    eid: row.eid,
    id: row.id,
    kind: row.kind,
    source: idOf.get(row.source_nid) ?? '',
    target: idOf.get(row.target_nid) ?? '',
    status: row.status,
    dates: row.dates,
    provenance: row.provenance,
    note_nl: row.note_nl,
    note_en: row.note_en,
  };
}

/** The first `limit` of two ascending id lists, merged. */
export function mergeSorted(a: readonly number[], b: readonly number[], limit: number): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (merged.length < limit && (i < a.length || j < b.length)) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) {
      merged.push(x as number);
      i += 1;
    } else {
      merged.push(y);
      j += 1;
    }
  }
  return merged;
}
