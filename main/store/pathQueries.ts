// Store queries for path finding: nodes by id, the citations of chosen relations, and the names
// (labels and aliases) by which a quote may name a path's nodes. The search itself walks the packed
// adjacency (adjacencyQueries.ts).
import type { Citation, NodeSummary } from '../../shared/contract';
import { NODE_COLS, type PrepareSql } from './queryColumns';
import { toCitation, toNodeSummary, type CitationRow, type NodeRow } from './rowMapping';

export class PathQueries {
  constructor(private readonly sql: PrepareSql) {}

  /** The nodes with these ids that exist, in no particular order. */
  nodes(ids: readonly string[]): NodeSummary[] {
    if (ids.length === 0) return [];
    const rows = this.sql(`SELECT ${NODE_COLS} FROM node n WHERE n.id IN (SELECT value FROM json_each(?))`).all(
      JSON.stringify(ids),
    ) as NodeRow[];
    return rows.map(toNodeSummary);
  }

  /** Every label and alias of each of these nodes, by node id (absent ids are left out). */
  names(ids: readonly string[]): Map<string, string[]> {
    if (ids.length === 0) return new Map();
    const rows = this.sql(
      `SELECT id, label_nl, label_en, aliases FROM node WHERE id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(ids)) as { id: string; label_nl: string; label_en: string; aliases: string }[];
    return new Map(rows.map((r) => [r.id, [r.label_nl, r.label_en, ...(JSON.parse(r.aliases) as string[])]]));
  }

  /** Citations of each of these relations, in the order the dataset lists them. */
  citations(edgeIds: readonly string[]): Map<string, Citation[]> {
    const byEdge = new Map<string, Citation[]>(edgeIds.map((id) => [id, []]));
    if (edgeIds.length === 0) return byEdge;
    const rows = this.sql(
      `SELECT e.id AS edge_id, s.id AS source_id, c.quote, c.start_offset, c.end_offset
         FROM edge e JOIN citation c ON c.edge_eid = e.eid JOIN source s ON s.sid = c.sid
         WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY c.cid`,
    ).all(JSON.stringify(edgeIds)) as (CitationRow & { edge_id: string })[];
    for (const row of rows) byEdge.get(row.edge_id)?.push(toCitation(row));
    return byEdge;
  }
}
