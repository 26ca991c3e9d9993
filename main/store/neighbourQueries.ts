// A node's relations, one page at a time, at any degree: each direction is read in index order
// (edge_out, edge_in: no sort, no temp B-tree), the two are merged by id, and the total comes
// from the compile-time per-kind degree table instead of a count over a hub's relations.
import type { Neighbourhood } from '../../shared/contract';
import { EDGE_COLS, EDGE_FROM, NODE_COLS, type PrepareSql } from './queryColumns';
import { toEdgeSummary, toNodeSummary, type EdgeRow, type NodeRow } from './rowMapping';

const KIND_FILTER = 'AND kind IN (SELECT value FROM json_each(@kinds))';

export class NeighbourQueries {
  constructor(private readonly sql: PrepareSql) {}

  page(id: string, kinds: readonly string[] | null, after: number, limit: number): Neighbourhood | null {
    const centre = this.sql(`SELECT ${NODE_COLS} FROM node n WHERE n.id = ?`).get(id) as NodeRow | undefined;
    if (centre === undefined) return null;
    const filter = kinds === null ? '' : KIND_FILTER;
    const params = { nid: centre.nid, after, limit, ...(kinds === null ? {} : { kinds: JSON.stringify(kinds) }) };
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
    const eids = mergeSorted(out, incoming, limit);
    const edges = this.sql(
      `SELECT ${EDGE_COLS} FROM ${EDGE_FROM} WHERE e.eid IN (SELECT value FROM json_each(?)) ORDER BY e.eid`,
    ).all(JSON.stringify(eids)) as EdgeRow[];
    const otherIds = [...new Set(edges.map((e) => (e.source === id ? e.target : e.source)))];
    const nodes = this.sql(
      `SELECT ${NODE_COLS} FROM node n WHERE n.id IN (SELECT value FROM json_each(?)) ORDER BY n.nid`,
    ).all(JSON.stringify(otherIds)) as NodeRow[];
    const last = eids.at(-1);
    return {
      centre: toNodeSummary(centre),
      nodes: nodes.map(toNodeSummary),
      edges: edges.map(toEdgeSummary),
      total: this.total(centre.nid, kinds),
      nextCursor: eids.length === limit && last !== undefined ? String(last) : null,
    };
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
