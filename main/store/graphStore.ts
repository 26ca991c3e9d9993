// Read-only queries over the bundled dataset database. The only place that knows its SQL.
import { existsSync } from 'node:fs';
import {
  AppError,
  type EdgeDetail,
  type ElementsPage,
  type GraphInfo,
  type Mention,
  type Neighbourhood,
  type NodeDetail,
  type SearchHit,
  type SourceDocument,
  type SourceMeta,
} from '../../shared/contract';
import type { NodeKind } from '../../shared/ontology';
import { foldForMatch, toPrefixMatch } from './ftsQuery';
import { openSqlite, type SqliteDatabase, type SqliteStatement as Statement } from './nativeBinding';
import { DetailQueries } from './detailQueries';
import { ExplorerQueries } from './explorerQueries';
import { PathQueries } from './pathQueries';
import { PatternQueries } from './patternQueries';
import { EDGE_COLS, EDGE_FROM, NODE_COLS } from './queryColumns';
import {
  toCitation,
  toEdgeSummary,
  toNodeDetail,
  toNodeSummary,
  type CitationRow,
  type EdgeRow,
  type NodeDetailRow,
  type NodeRow,
} from './rowMapping';

interface SourceRow {
  sid: number;
  id: string;
  title_nl: string;
  title_en: string;
  author: string;
  kind: string;
  language: string;
  date: string | null;
  reference: string | null;
}

export class GraphStore {
  private readonly db: SqliteDatabase;

  constructor(readonly path: string) {
    if (!existsSync(path)) {
      throw new AppError('UNAVAILABLE', `The dataset file is missing: ${path}. Run "npm run build:data".`);
    }
    this.db = openSqlite(path, { readonly: true, fileMustExist: true });
    this.db.pragma('query_only = ON');
  }

  close(): void {
    this.db.close();
  }

  /** Analysis queries (paths, patterns, matrix), on this connection and its statement cache. */
  readonly paths = new PathQueries((text) => this.sql(text));
  readonly patterns = new PatternQueries((text) => this.sql(text));
  /** Explorer queries (relations among shown nodes, nodes by kind, near spellings). */
  readonly explorer = new ExplorerQueries((text) => this.sql(text));
  /** Details of many nodes and relations at once (exports, comparisons). */
  readonly details = new DetailQueries((text) => this.sql(text));

  /** Prepared once per SQL text: search runs on every keystroke. */
  private readonly statements = new Map<string, Statement>();
  private sql(text: string): Statement {
    let statement = this.statements.get(text);
    if (statement === undefined) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  info(): GraphInfo {
    const version = this.sql("SELECT value FROM meta WHERE key = 'dataset_version'").pluck().get() as string;
    const nodeCount = this.sql('SELECT count(*) FROM node').pluck().get() as number;
    const edgeCount = this.sql('SELECT count(*) FROM edge').pluck().get() as number;
    const rows = this.sql('SELECT * FROM source ORDER BY sid').all() as SourceRow[];
    const earliestYear = Number(this.sql("SELECT value FROM meta WHERE key = 'earliest_year'").pluck().get());
    return { datasetVersion: version, nodeCount, edgeCount, earliestYear, sources: rows.map(toSourceMeta) };
  }

  elements(after: number, limit: number): ElementsPage {
    const nodes = this.sql(
      `SELECT ${NODE_COLS}, n.overview_x, n.overview_y FROM node n WHERE n.nid > ? ORDER BY n.nid LIMIT ?`,
    ).all(after, limit) as (NodeRow & { overview_x: number | null; overview_y: number | null })[];
    const last = nodes.at(-1)?.nid ?? after;
    // Each page brings the edges whose later endpoint it delivers, so every edge arrives once,
    // after both its endpoints.
    const edges = this.sql(
      `SELECT ${EDGE_COLS} FROM ${EDGE_FROM}
         WHERE max(e.source_nid, e.target_nid) > ? AND max(e.source_nid, e.target_nid) <= ? ORDER BY e.eid`,
    ).all(after, last) as EdgeRow[];
    return {
      nodes: nodes.map(toNodeSummary),
      edges: edges.map(toEdgeSummary),
      overview: Object.fromEntries(
        nodes.flatMap((n) =>
          n.overview_x === null || n.overview_y === null ? [] : [[n.id, { x: n.overview_x, y: n.overview_y }]],
        ),
      ),
      nextCursor: nodes.length === limit ? String(last) : null,
    };
  }

  suggest(text: string, limit: number): SearchHit[] {
    const match = toPrefixMatch(text);
    if (match === null) return [];
    const rows = this.sql(
      `SELECT ${NODE_COLS}, n.aliases, bm25(node_fts, 10.0, 10.0, 6.0, 1.0, 1.0) AS rank
         FROM node_fts JOIN node n ON n.nid = node_fts.rowid
         WHERE node_fts MATCH ? ORDER BY rank LIMIT ?`,
    ).all(match, limit * 4) as (NodeRow & { aliases: string; rank: number })[];
    const folded = foldForMatch(text.trim());
    return rows
      .map((row) => {
        const names = [row.label_nl, row.label_en, ...(JSON.parse(row.aliases) as string[])];
        // Ranking: a name equal to what was typed, then one that starts with it, then one that
        // contains it, then FTS relevance (descriptions), then the better-connected node.
        const exact = names.find((name) => foldForMatch(name) === folded);
        const prefixed = names.find((name) => foldForMatch(name).startsWith(folded));
        const contained = names.find((name) => foldForMatch(name).includes(folded));
        const tier = exact !== undefined ? 0 : prefixed !== undefined ? 1 : contained !== undefined ? 2 : 3;
        return { row, tier, matched: exact ?? prefixed ?? contained ?? row.label_nl };
      })
      .sort((a, b) => a.tier - b.tier || a.row.rank - b.row.rank || b.row.degree - a.row.degree)
      .slice(0, limit)
      .map(({ row, matched }) => ({ node: toNodeSummary(row), matched }));
  }

  node(id: string): NodeDetail | null {
    const row = this.sql(
      `SELECT ${NODE_COLS}, n.description_nl, n.description_en, n.aliases, n.attributes FROM node n WHERE n.id = ?`,
    ).get(id) as NodeDetailRow | undefined;
    if (row === undefined) return null;
    const citations = this.sql(
      `SELECT s.id AS source_id, c.quote, c.start_offset, c.end_offset FROM citation c
         JOIN source s ON s.sid = c.sid WHERE c.node_nid = ? ORDER BY c.cid`,
    ).all(row.nid) as CitationRow[];
    return toNodeDetail(row, citations);
  }

  neighbours(id: string, kinds: readonly string[] | null, after: number, limit: number): Neighbourhood | null {
    const centre = this.sql(`SELECT ${NODE_COLS} FROM node n WHERE n.id = ?`).get(id) as NodeRow | undefined;
    if (centre === undefined) return null;
    const params = { nid: centre.nid, after, limit, kinds: kinds === null ? null : JSON.stringify(kinds) };
    const kindFilter = '(@kinds IS NULL OR kind IN (SELECT value FROM json_each(@kinds)))';
    const incident = `SELECT eid FROM edge WHERE source_nid = @nid AND eid > @after AND ${kindFilter}
      UNION ALL SELECT eid FROM edge WHERE target_nid = @nid AND source_nid <> @nid AND eid > @after AND ${kindFilter}`;
    const edges = this.sql(
      `SELECT ${EDGE_COLS} FROM (${incident}) x JOIN edge e ON e.eid = x.eid
         JOIN node s ON s.nid = e.source_nid JOIN node t ON t.nid = e.target_nid ORDER BY e.eid LIMIT @limit`,
    ).all(params) as EdgeRow[];
    const total = this.sql(`SELECT count(*) FROM (${incident.replaceAll('eid > @after', 'eid > -1')})`)
      .pluck()
      .get(params) as number;
    const otherIds = [...new Set(edges.map((e) => (e.source === id ? e.target : e.source)))];
    const nodes = this.sql(
      `SELECT ${NODE_COLS} FROM node n WHERE n.id IN (SELECT value FROM json_each(?)) ORDER BY n.nid`,
    ).all(JSON.stringify(otherIds)) as NodeRow[];
    const last = edges.at(-1)?.eid;
    return {
      centre: toNodeSummary(centre),
      nodes: nodes.map(toNodeSummary),
      edges: edges.map(toEdgeSummary),
      total,
      nextCursor: edges.length === limit && last !== undefined ? String(last) : null,
    };
  }

  edge(id: string): EdgeDetail | null {
    const row = this.sql(`SELECT ${EDGE_COLS} FROM ${EDGE_FROM} WHERE e.id = ?`).get(id) as EdgeRow | undefined;
    if (row === undefined) return null;
    const citations = this.sql(
      `SELECT s.id AS source_id, c.quote, c.start_offset, c.end_offset FROM citation c
         JOIN source s ON s.sid = c.sid WHERE c.edge_eid = ? ORDER BY c.cid`,
    ).all(row.eid) as CitationRow[];
    return { ...toEdgeSummary(row), citations: citations.map(toCitation) };
  }

  source(id: string): SourceDocument | null {
    const row = this.sql('SELECT * FROM source WHERE id = ?').get(id) as (SourceRow & { text: string }) | undefined;
    if (row === undefined) return null;
    const mentions = this.sql(
      `SELECT n.id AS nodeId, n.kind, m.start_offset AS start, m.end_offset AS "end" FROM mention m
         JOIN node n ON n.nid = m.node_nid WHERE m.sid = ? ORDER BY m.start_offset, n.nid`,
    ).all(row.sid) as { nodeId: string; kind: NodeKind; start: number; end: number }[];
    return { ...toSourceMeta(row), text: row.text, mentions: mentions satisfies Mention[] };
  }
}

function toSourceMeta(row: SourceRow): SourceMeta {
  return {
    id: row.id,
    title: { nl: row.title_nl, en: row.title_en },
    author: row.author,
    kind: row.kind,
    language: row.language,
    date: row.date,
    reference: row.reference,
  };
}
