// The comparison grid: row nodes × column nodes, each non-empty cell a button with the number of
// relations (kinds and statuses in its accessible name) that opens the cell's relations.
import type { Language } from '../../../../shared/contract';
import { cellKey, type Matrix } from '../../analysis/matrix';
import { cellSummary } from '../../analysis/matrixCsv';
import { ta } from '../../i18n/analysisStrings';
import { selectMatrixCell } from '../../state/analysisSlice';
import { apply, useAtlas } from '../../state/store';
import { isolate } from '../../../../shared/text/isolate';

/** The cell's look follows its strongest status: in force solid, planned or pending dashed, the rest faint. */
function statusClass(statuses: readonly string[]): string {
  if (statuses.includes('in-force')) return 'cell-in-force';
  if (statuses.includes('pending-ratification') || statuses.includes('planned')) return 'cell-planned';
  return 'cell-other';
}

export function MatrixGrid({ matrix, language }: { readonly matrix: Matrix; readonly language: Language }) {
  const selected = useAtlas((s) => s.analysis.matrixCell);
  return (
    <div className="matrix-scroll">
      <table className="matrix" data-testid="matrix-grid">
        <caption className="visually-hidden">{ta(language, 'matrixCaption')}</caption>
        <thead>
          <tr>
            <td />
            {matrix.columns.map((column) => (
              <th key={column.id} scope="col" className="matrix-column" title={column.label[language]}>
                <span>
                  <bdi>{column.label[language]}</bdi>
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <bdi>{row.label[language]}</bdi>
              </th>
              {matrix.columns.map((column) => {
                const cell = matrix.cells.get(cellKey(row.id, column.id));
                if (cell === undefined) return <td key={column.id} />;
                const isSelected = selected?.row === row.id && selected.column === column.id;
                return (
                  <td key={column.id}>
                    <button
                      type="button"
                      className={`matrix-cell ${statusClass(cell.statuses)}`}
                      aria-pressed={isSelected}
                      aria-label={`${isolate(row.label[language])} × ${isolate(column.label[language])}: ${cellSummary(matrix, row.id, column.id, language)}`}
                      title={cellSummary(matrix, row.id, column.id, language)}
                      onClick={() => apply(selectMatrixCell({ row: row.id, column: column.id }))}
                    >
                      {cell.edges.length}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
