// Store queries for exports and comparisons: the full details (descriptions, citations) of many
// nodes and relations in one call, so a PDF, a briefing or a snapshot of a large view costs a few
// queries rather than one call per element. SQL text is fixed; the id lists are bound as JSON.
import type { EdgeDetail, NodeDetail } from '../../shared/contract';
import { EDGE_COLS, EDGE_FROM, NODE_COLS, type PrepareSql } from './queryColumns';
import {
  toCitation,
  toEdgeSummary,
  toNodeDetail,
  type CitationRow,
  type EdgeRow,
  type NodeDetailRow,
} from './rowMapping';

type OwnedCitationRow = CitationRow & { owner: number };

function groupByOwner(rows: readonly OwnedCitationRow[]): Map<number, CitationRow[]> {
  const groups = new Map<number, CitationRow[]>();
  for (const row of rows) {
    const group = groups.get(row.owner);
    if (group === undefined) groups.set(row.owner, [row]);
    else group.push(row);
  }
  return groups;
}

export class DetailQueries {
  constructor(private readonly sql: PrepareSql) {}

  /** The nodes with these ids that exist, with descriptions and citations, in dataset order. */
  nodes(ids: readonly string[]): NodeDetail[] {
    if (ids.length === 0) return [];
    const json = JSON.stringify(ids);
    const rows = this.sql(
      `SELECT ${NODE_COLS}, n.description_nl, n.description_en, n.aliases, n.attributes FROM node n
         WHERE n.id IN (SELECT value FROM json_each(?)) ORDER BY n.nid`,
    ).all(json) as NodeDetailRow[];
    const citations = groupByOwner(
      this.sql(
        `SELECT c.node_nid AS owner, s.id AS source_id, c.quote, c.start_offset, c.end_offset
           FROM citation c JOIN source s ON s.sid = c.sid
           WHERE c.node_nid IN (SELECT nid FROM node WHERE id IN (SELECT value FROM json_each(?))) ORDER BY c.cid`,
      ).all(json) as OwnedCitationRow[],
    );
    return rows.map((row) => toNodeDetail(row, citations.get(row.nid) ?? []));
  }

  /** The relations with these ids that exist, with their citations, in dataset order. */
  edges(ids: readonly string[]): EdgeDetail[] {
    if (ids.length === 0) return [];
    const json = JSON.stringify(ids);
    const rows = this.sql(
      `SELECT ${EDGE_COLS} FROM ${EDGE_FROM} WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.eid`,
    ).all(json) as EdgeRow[];
    const citations = groupByOwner(
      this.sql(
        `SELECT c.edge_eid AS owner, s.id AS source_id, c.quote, c.start_offset, c.end_offset
           FROM citation c JOIN source s ON s.sid = c.sid
           WHERE c.edge_eid IN (SELECT eid FROM edge WHERE id IN (SELECT value FROM json_each(?))) ORDER BY c.cid`,
      ).all(json) as OwnedCitationRow[],
    );
    return rows.map((row) => ({ ...toEdgeSummary(row), citations: (citations.get(row.eid) ?? []).map(toCitation) }));
  }
}
