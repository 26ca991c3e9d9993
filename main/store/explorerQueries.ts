// Store queries for the explorer: the relations among a set of nodes, the ids of nodes of some kinds,
// and the bounded reads behind ego networks. SQL text is fixed; user values are bound.
import type { EdgeSummary, NodeSummary } from '../../shared/contract';
import type { NodeKind } from '../../shared/ontology';
import { EDGE_COLS, EDGE_FROM, NODE_COLS, type PrepareSql } from './queryColumns';
import { toEdgeSummary, toNodeSummary, type EdgeRow, type NodeRow } from './rowMapping';

const EDGE_COLS_BY_NID = EDGE_COLS.replace('s.id AS source, t.id AS target', 'e.source_nid, e.target_nid');
type EdgeByNidRow = Omit<EdgeRow, 'source' | 'target'> & { source_nid: number; target_nid: number };

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

  /**
   * The other ends of a node's relations, outgoing then incoming, each in index order (covering
   * edge_out / edge_in), streamed: the caller stops reading once it has enough.
   */
  *neighbourNids(nid: number): Generator<number> {
    yield* this.sql('SELECT target_nid FROM edge WHERE source_nid = ? ORDER BY eid')
      .pluck()
      .iterate(nid) as Iterable<number>;
    yield* this.sql('SELECT source_nid FROM edge WHERE target_nid = ? ORDER BY eid')
      .pluck()
      .iterate(nid) as Iterable<number>;
  }

  nodesByNid(nids: readonly number[]): NodeRow[] {
    return this.sql(
      `SELECT ${NODE_COLS} FROM node n WHERE n.nid IN (SELECT value FROM json_each(?)) ORDER BY n.nid`,
    ).all(JSON.stringify(nids)) as NodeRow[];
  }

  /**
   * Relations among `nids`, at most `limit`. Each relation is found from an end of small degree
   * (scanning its relations), so a hub's 10^5 relations are never read; hub-to-hub relations are
   * probed pair by pair through edge_pair. CROSS JOIN fixes the loop order and the unary + keeps
   * the other end a filter: left to itself the planner probes every pair of |s| × |a| (10^6).
   */
  edgesAmongNids(
    small: readonly number[],
    hubs: readonly number[],
    idOf: ReadonlyMap<number, string>,
    limit: number,
  ): EdgeSummary[] {
    // Both ends are nodes the caller holds: their ids come from `idOf`, not from two joins per relation.
    const rows = this.sql(
      `WITH s(nid) AS (SELECT value FROM json_each(@small)),
         h(nid) AS (SELECT value FROM json_each(@hubs)),
         a(nid) AS (SELECT nid FROM s UNION ALL SELECT nid FROM h),
         x(eid) AS (SELECT e.eid FROM s CROSS JOIN edge e ON e.source_nid = s.nid WHERE +e.target_nid IN a
           UNION SELECT e.eid FROM s CROSS JOIN edge e ON e.target_nid = s.nid WHERE +e.source_nid IN a
           UNION SELECT e.eid FROM h h1 CROSS JOIN h h2 CROSS JOIN edge e
             ON e.source_nid = h1.nid AND e.target_nid = h2.nid)
       SELECT ${EDGE_COLS_BY_NID} FROM edge e WHERE e.eid IN x ORDER BY e.eid LIMIT @limit`,
    ).all({ small: JSON.stringify(small), hubs: JSON.stringify(hubs), limit }) as EdgeByNidRow[];
    return rows.map(({ source_nid, target_nid, ...row }) =>
      toEdgeSummary({ ...row, source: idOf.get(source_nid) ?? '', target: idOf.get(target_nid) ?? '' }),
    );
  }
}
