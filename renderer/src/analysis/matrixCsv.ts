// The matrix as CSV for a spreadsheet: a header of column labels, one line per row node, each cell
// "count: relation kinds (statuses)". Papaparse writes it with formula escaping, so a label such as
// "=HYPERLINK(…)" or "+31…" arrives in Excel as text, not as a formula (CSV injection).
import Papa from 'papaparse';
import type { Language } from '../../../shared/contract';
import { RELATION_KIND_INFO, STATUS_INFO } from '../../../shared/ontology';
import { cellKey, type Matrix } from './matrix';

/**
 * Fields starting like a formula get a leading ' (and quotes). Papaparse's own default pattern ends in
 * `.*$`, which misses a field holding a line break; this one looks at the first character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function cellSummary(matrix: Matrix, row: string, column: string, language: Language): string {
  const cell = matrix.cells.get(cellKey(row, column));
  if (cell === undefined) return '';
  const kinds = cell.kinds.map((k) => RELATION_KIND_INFO[k].label[language]).join(', ');
  const statuses = cell.statuses.map((s) => STATUS_INFO[s].label[language].toLowerCase()).join(', ');
  return `${String(cell.edges.length)}: ${kinds} (${statuses})`;
}

export function matrixToCsv(matrix: Matrix, language: Language): string {
  const header = ['', ...matrix.columns.map((c) => c.label[language])];
  const lines = matrix.rows.map((row) => [
    row.label[language],
    ...matrix.columns.map((column) => cellSummary(matrix, row.id, column.id, language)),
  ]);
  return Papa.unparse([header, ...lines], { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false });
}
