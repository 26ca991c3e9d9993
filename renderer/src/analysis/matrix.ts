// The comparison grid: for each row node and column node, the relations between them (either
// direction), with their count, kinds and statuses. Pure; built from graph.matrix's answer.
import type { EdgeSummary, MatrixResult, NodeSummary } from '../../../shared/contract';
import type { RelationKind, Status } from '../../../shared/ontology';

export interface MatrixCell {
  readonly row: string;
  readonly column: string;
  readonly edges: readonly EdgeSummary[];
  readonly kinds: readonly RelationKind[];
  readonly statuses: readonly Status[];
}

export interface Matrix {
  readonly rows: readonly NodeSummary[];
  readonly columns: readonly NodeSummary[];
  /** Only the cells that hold relations, by `${row}\n${column}`. */
  readonly cells: ReadonlyMap<string, MatrixCell>;
  readonly truncated: boolean;
}

export const cellKey = (row: string, column: string): string => `${row}\n${column}`;

export function buildMatrix(result: MatrixResult): Matrix {
  const rowIds = new Set(result.rows.map((n) => n.id));
  const columnIds = new Set(result.columns.map((n) => n.id));
  const grouped = new Map<string, EdgeSummary[]>();
  const add = (row: string, column: string, edge: EdgeSummary): void => {
    if (!rowIds.has(row) || !columnIds.has(column)) return;
    const key = cellKey(row, column);
    const list = grouped.get(key) ?? [];
    if (!list.includes(edge)) list.push(edge);
    grouped.set(key, list);
  };
  for (const edge of result.edges) {
    add(edge.source, edge.target, edge);
    add(edge.target, edge.source, edge);
  }
  const cells = new Map<string, MatrixCell>();
  for (const [key, edges] of grouped) {
    const [row = '', column = ''] = key.split('\n');
    cells.set(key, {
      row,
      column,
      edges,
      kinds: [...new Set(edges.map((e) => e.kind))],
      statuses: [...new Set(edges.map((e) => e.status))],
    });
  }
  return { rows: result.rows, columns: result.columns, cells, truncated: result.truncated };
}

/** Rows and columns the grid draws at most: past this, a page of table cells stops responding. */
export const GRID_MAX = 80;

export interface GridView extends Matrix {
  /** Rows and columns left out of the drawn grid (the CSV keeps them all). */
  readonly hiddenRows: number;
  readonly hiddenColumns: number;
}

/** The first rows and columns (the service orders them best-connected first) for drawing. */
export function gridView(matrix: Matrix, max = GRID_MAX): GridView {
  return {
    ...matrix,
    rows: matrix.rows.slice(0, max),
    columns: matrix.columns.slice(0, max),
    hiddenRows: Math.max(0, matrix.rows.length - max),
    hiddenColumns: Math.max(0, matrix.columns.length - max),
  };
}
