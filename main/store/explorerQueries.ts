// Store queries for the explorer: the relations among a set of nodes, the ids of nodes of some kinds,
// and node rows by internal key (ego networks walk the packed adjacency: adjacencyQueries.ts).
// SQL text is fixed; user values are bound.
import type { EdgeSummary, NodeSummary } from '../../shared/contract';
import type { NodeKind } from '../../shared/ontology';
import { rowsByKeys } from './keyList';
import { EDGE_COLS, EDGE_FROM, NODE_COLS, type PrepareSql } from './queryColumns';
import { toEdgeSummary, toNodeSummary, type EdgeRow, type NodeRow } from './rowMapping';

export class ExplorerQueries {
  constructor(private readonly sql: PrepareSql) {}

  /** The nodes with these ids that exist, in dataset order. */
  nodes(ids: readonly string[]): NodeSummary[] {
    if (ids.length === 0) return [];
    const rows = this.sql(
      `SELECT ${NODE_COLS} FROM node n WHERE n.id IN (SELECT value FROM json_each(?)) ORDER BY n.nid`,
    ).all(JSON.stringify(ids)) as NodeRow[];
    return rows.map(toNodeSummary);
  }

  /**
   * Relations with one end in `ids` and the other in `ids` or `among`, each once, at most `limit`.
   * Two index lookups per side (edge_out, edge_in) keep it fast for thousands of ids; CROSS JOIN
   * keeps SQLite walking from `ids`, never from `among` (which may hold a hub).
   */
  edgesAmong(ids: readonly string[], among: readonly string[], limit: number): EdgeSummary[] {
    if (ids.length === 0) return [];
    const rows = this.sql(
      `WITH a(nid) AS (SELECT nid FROM node WHERE id IN (SELECT value FROM json_each(@ids))),
         b(nid) AS (SELECT nid FROM a UNION SELECT nid FROM node WHERE id IN (SELECT value FROM json_each(@among))),
         x(eid) AS (SELECT e.eid FROM a CROSS JOIN edge e ON e.source_nid = a.nid WHERE +e.target_nid IN b
                    UNION SELECT e.eid FROM a CROSS JOIN edge e ON e.target_nid = a.nid WHERE +e.source_nid IN b)
       SELECT ${EDGE_COLS} FROM ${EDGE_FROM} WHERE e.eid IN x ORDER BY e.eid LIMIT @limit`,
    ).all({ ids: JSON.stringify(ids), among: JSON.stringify(among), limit }) as EdgeRow[];
    return rows.map(toEdgeSummary);
  }

  /** Ids of the nodes of these kinds, in dataset order. */
  idsOfKinds(kinds: readonly NodeKind[], limit: number, order: 'id' | 'degree' = 'id'): string[] {
    // By degree: one pass over the kinds' nodes (node_by_kind) and a top-`limit` sort, asked once per overview.
    const by = order === 'degree' ? 'degree DESC, nid' : 'nid';
    return this.sql(`SELECT id FROM node WHERE kind IN (SELECT value FROM json_each(?)) ORDER BY ${by} LIMIT ?`)
      .pluck()
      .all(JSON.stringify(kinds), limit) as string[];
  }

  /** The node's internal key and summary row, or undefined when no node has this id. */
  nodeRow(id: string): NodeRow | undefined {
    return this.sql(`SELECT ${NODE_COLS} FROM node n WHERE n.id = ?`).get(id) as NodeRow | undefined;
  }

  nodesByNid(nids: readonly number[]): NodeRow[] {
    return rowsByKeys(
      nids,
      (list, values) =>
        this.sql(`SELECT ${NODE_COLS} FROM node n WHERE n.nid IN (${list}) ORDER BY n.nid`).all(values) as NodeRow[],
    );
  }
}
