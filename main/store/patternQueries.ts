// Store queries for pattern queries and the matrix: relations whose ends match a node or a set of
// kinds, returned with both ends. SQL text comes from fixed fragments; user values are bound.
import type { EdgeSummary, NodeSummary } from '../../shared/contract';
import type { PatternEnd } from '../../shared/analysis/patternQuery';
import type { NodeKind, RelationKind, Status } from '../../shared/ontology';
import { EDGE_COLS, EDGE_FROM, ENDPOINT_COLS, endpoint, type EndpointRow, type PrepareSql } from './queryColumns';
import { toEdgeSummary, toNodeSummary, type EdgeRow } from './rowMapping';

export interface EdgeWithEnds {
  readonly edge: EdgeSummary;
  readonly source: NodeSummary;
  readonly target: NodeSummary;
}

export interface EdgeMatch {
  /** What the relation's source must be, and its target. */
  readonly source: PatternEnd;
  readonly target: PatternEnd;
  readonly relationKinds: readonly RelationKind[];
  readonly statuses: readonly Status[];
}

type Params = Record<string, string | number>;

const inList = (column: string, name: string, values: readonly string[], params: Params): string[] => {
  if (values.length === 0) return [];
  params[name] = JSON.stringify(values);
  return [`${column} IN (SELECT value FROM json_each(@${name}))`];
};

function endCondition(alias: 's' | 't', end: PatternEnd, params: Params): string[] {
  if (end.type === 'node') {
    params[`${alias}Id`] = end.id;
    return [`${alias}.id = @${alias}Id`];
  }
  return inList(`${alias}.kind`, `${alias}Kinds`, end.kinds, params);
}

export class PatternQueries {
  constructor(private readonly sql: PrepareSql) {}

  /** Relations matching `match`, oldest first, at most `limit`. */
  match(match: EdgeMatch, limit: number): EdgeWithEnds[] {
    const params: Params = { limit };
    const conditions = [
      ...endCondition('s', match.source, params),
      ...endCondition('t', match.target, params),
      ...inList('e.kind', 'relationKinds', match.relationKinds, params),
      ...inList('e.status', 'statuses', match.statuses, params),
    ];
    const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
    return this.run(
      `SELECT ${EDGE_COLS}, ${ENDPOINT_COLS} FROM ${EDGE_FROM} ${where} ORDER BY e.eid LIMIT @limit`,
      params,
    );
  }

  /** Relations between a node of `rowKinds` and a node of `columnKinds`, in either direction. */
  between(rowKinds: readonly NodeKind[], columnKinds: readonly NodeKind[], limit: number): EdgeWithEnds[] {
    const params: Params = { rows: JSON.stringify(rowKinds), columns: JSON.stringify(columnKinds), limit };
    const isIn = (column: string, list: string): string => `${column} IN (SELECT value FROM json_each(@${list}))`;
    return this.run(
      `SELECT ${EDGE_COLS}, ${ENDPOINT_COLS} FROM ${EDGE_FROM}
         WHERE (${isIn('s.kind', 'rows')} AND ${isIn('t.kind', 'columns')})
            OR (${isIn('s.kind', 'columns')} AND ${isIn('t.kind', 'rows')})
         ORDER BY e.eid LIMIT @limit`,
      params,
    );
  }

  private run(text: string, params: Params): EdgeWithEnds[] {
    const rows = this.sql(text).all(params) as (EdgeRow & EndpointRow)[];
    return rows.map((row) => ({
      edge: toEdgeSummary(row),
      source: toNodeSummary(endpoint(row, 's')),
      target: toNodeSummary(endpoint(row, 't')),
    }));
  }
}
