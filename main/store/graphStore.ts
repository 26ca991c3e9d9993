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
import { AdjacencyQueries } from './adjacencyQueries';
import { BUNDLE_SCHEMA_VERSION } from './bundleSchema';
import { openSqlite, type SqliteDatabase, type SqliteStatement as Statement } from './nativeBinding';
import { DetailQueries } from './detailQueries';
import { ElementsPages } from './elementsPages';
import { ExplorerQueries } from './explorerQueries';
import { PathQueries } from './pathQueries';
import { NeighbourQueries } from './neighbourQueries';
import { PatternQueries } from './patternQueries';
import { EDGE_COLS, EDGE_FROM, NODE_COLS } from './queryColumns';
import { SearchQueries } from './searchQueries';
import {
  toCitation,
  toEdgeSummary,
  toNodeDetail,
  type CitationRow,
  type EdgeRow,
  type NodeDetailRow,
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
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version < BUNDLE_SCHEMA_VERSION) {
      this.db.close();
      throw new AppError(
        'UNAVAILABLE',
        `The dataset file ${path} has schema ${String(version)}, older than ${String(BUNDLE_SCHEMA_VERSION)}. Run "npm run build:data".`,
      );
    }
  }

  close(): void {
    this.db.close();
  }

  /** Analysis queries (paths, patterns, matrix), on this connection and its statement cache. */
  readonly paths = new PathQueries((text) => this.sql(text));
  readonly patterns = new PatternQueries((text) => this.sql(text));
  /** The packed per-node adjacency behind paths and ego networks. */
  readonly adjacency = new AdjacencyQueries((text) => this.sql(text));
  /** Explorer queries (relations among shown nodes, nodes by kind, near spellings). */
  readonly explorer = new ExplorerQueries((text) => this.sql(text));
  /** Details of many nodes and relations at once (exports, comparisons). */
  readonly details = new DetailQueries((text) => this.sql(text));
  readonly search = new SearchQueries((text) => this.sql(text));
  private readonly neighbourPages = new NeighbourQueries((text) => this.sql(text), this.adjacency);
  private readonly elementPages = new ElementsPages((text) => this.sql(text));

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
    const count = (key: string): number => Number(this.sql('SELECT value FROM meta WHERE key = ?').pluck().get(key));
    const nodeCount = count('node_count');
    const edgeCount = count('edge_count');
    const rows = this.sql('SELECT * FROM source ORDER BY sid').all() as SourceRow[];
    const earliestYear = Number(this.sql("SELECT value FROM meta WHERE key = 'earliest_year'").pluck().get());
    return { datasetVersion: version, nodeCount, edgeCount, earliestYear, sources: rows.map(toSourceMeta) };
  }

  /** A page of the whole graph: at most `limit` nodes and, unless one node alone has more, `edgeBudget` (default `limit`) relations. */
  elements(after: number, limit: number, edgeBudget?: number): ElementsPage {
    return this.elementPages.page(after, limit, edgeBudget);
  }

  /** Name search (suggest as you type, near spellings) from the compile-time search tables. */
  suggest(text: string, limit: number): SearchHit[] {
    return this.search.suggest(text, limit);
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

  neighbours(
    id: string,
    kinds: readonly string[] | null,
    after: number,
    limit: number,
    order: 'id' | 'degree' = 'id',
  ): Neighbourhood | null {
    return this.neighbourPages.page(id, kinds, after, limit, order);
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
