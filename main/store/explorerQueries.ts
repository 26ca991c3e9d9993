// Store queries for the explorer: the relations among a set of nodes, the ids of nodes of some kinds,
// and the names behind near-spelling search. SQL text is fixed; user values are bound.
import type { EdgeSummary, NodeSummary } from '../../shared/contract';
import type { NodeKind } from '../../shared/ontology';
import { NameIndex } from './nameIndex';
import { EDGE_COLS, EDGE_FROM, NODE_COLS, type PrepareSql } from './queryColumns';
import { toEdgeSummary, toNodeSummary, type EdgeRow, type NodeRow } from './rowMapping';

export class ExplorerQueries {
  private names: NameIndex | null = null;

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
   * Two index lookups per side (edge_out, edge_in) keep it fast for thousands of ids.
   */
  edgesAmong(ids: readonly string[], among: readonly string[], limit: number): EdgeSummary[] {
    if (ids.length === 0) return [];
    const rows = this.sql(
      `WITH a(nid) AS (SELECT nid FROM node WHERE id IN (SELECT value FROM json_each(@ids))),
         b(nid) AS (SELECT nid FROM a UNION SELECT nid FROM node WHERE id IN (SELECT value FROM json_each(@among))),
         x(eid) AS (SELECT eid FROM edge WHERE source_nid IN a AND target_nid IN b
                    UNION SELECT eid FROM edge WHERE target_nid IN a AND source_nid IN b)
       SELECT ${EDGE_COLS} FROM ${EDGE_FROM} WHERE e.eid IN x ORDER BY e.eid LIMIT @limit`,
    ).all({ ids: JSON.stringify(ids), among: JSON.stringify(among), limit }) as EdgeRow[];
    return rows.map(toEdgeSummary);
  }

  /** Ids of the nodes of these kinds, in dataset order. */
  idsOfKinds(kinds: readonly NodeKind[], limit: number): string[] {
    return this.sql('SELECT id FROM node WHERE kind IN (SELECT value FROM json_each(?)) ORDER BY nid LIMIT ?')
      .pluck()
      .all(JSON.stringify(kinds), limit) as string[];
  }

  /** Nodes named close to `text` (built on first use: only a search that finds nothing needs it). */
  nearby(text: string, limit: number): { node: NodeSummary; name: string }[] {
    if (this.names === null) {
      const rows = this.sql('SELECT id, label_nl, label_en, aliases FROM node ORDER BY nid').all() as {
        id: string;
        label_nl: string;
        label_en: string;
        aliases: string;
      }[];
      this.names = new NameIndex(
        rows.map((r) => ({ id: r.id, names: [r.label_nl, r.label_en, ...(JSON.parse(r.aliases) as string[])] })),
      );
    }
    const matches = this.names.nearby(text, limit);
    const byId = new Map(this.nodes(matches.map((m) => m.id)).map((n) => [n.id, n]));
    return matches.flatMap((m) => {
      const node = byId.get(m.id);
      return node === undefined ? [] : [{ node, name: m.name }];
    });
  }
}
