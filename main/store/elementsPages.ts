// Whole-graph paging (graph.elements): nodes in id order, each page with the relations whose later
// end it delivers, read in edge_by_later_end's order (no sort). A page ends between two nodes once it
// holds as many relations as its node limit, so a dense stretch of ids cannot make one page of 10^5.
import type { ElementsPage } from '../../shared/contract';
import { EDGE_COLS, EDGE_FROM, NODE_COLS, type PrepareSql } from './queryColumns';
import { toEdgeSummary, toNodeSummary, type EdgeRow, type NodeRow } from './rowMapping';

type PagedNode = NodeRow & { overview_x: number | null; overview_y: number | null };

export class ElementsPages {
  constructor(private readonly sql: PrepareSql) {}

  /** `edgeBudget`: relations a page carries before it ends early (more only when its first node alone has more). */
  page(after: number, limit: number, edgeBudget = limit): ElementsPage {
    let nodes = this.sql(
      `SELECT ${NODE_COLS}, n.overview_x, n.overview_y FROM node n WHERE n.nid > ? ORDER BY n.nid LIMIT ?`,
    ).all(after, limit) as PagedNode[];
    let last = nodes.at(-1)?.nid ?? after;
    let edges = this.edges(after, last, edgeBudget + 1);
    const overflow = edges[edgeBudget];
    if (overflow !== undefined) {
      // The node whose relations overflow starts the next page, unless it is this page's first:
      // then it comes whole, however many relations it has.
      const first = nodes[0]?.nid ?? after;
      last = overflow.later - 1 >= first ? overflow.later - 1 : overflow.later;
      edges = last < overflow.later ? edges.filter((e) => e.later <= last) : this.edges(after, last, -1);
      nodes = nodes.filter((n) => n.nid <= last);
    }
    return {
      nodes: nodes.map(toNodeSummary),
      edges: edges.map(toEdgeSummary),
      overview: Object.fromEntries(
        nodes.flatMap((n) =>
          n.overview_x === null || n.overview_y === null ? [] : [[n.id, { x: n.overview_x, y: n.overview_y }]],
        ),
      ),
      nextCursor: overflow !== undefined || nodes.length === limit ? String(last) : null,
    };
  }

  /** Relations whose later end is in (after, last], in index order; `limit` -1 for all. */
  private edges(after: number, last: number, limit: number): (EdgeRow & { later: number })[] {
    return this.sql(
      `SELECT ${EDGE_COLS}, max(e.source_nid, e.target_nid) AS later FROM ${EDGE_FROM}
         WHERE max(e.source_nid, e.target_nid) > ? AND max(e.source_nid, e.target_nid) <= ?
         ORDER BY max(e.source_nid, e.target_nid), e.eid LIMIT ?`,
    ).all(after, last, limit) as (EdgeRow & { later: number })[];
  }
}
