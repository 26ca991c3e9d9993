// The matrix view: choose two groups of kinds, see the grid of relations between them, open a
// cell, export the grid as CSV.
import { useMemo } from 'react';
import type { FilterSpec } from '../../../../shared/filters/graphFilter';
import { buildMatrix, cellKey, gridView } from '../../analysis/matrix';
import { matrixToCsv } from '../../analysis/matrixCsv';
import { saveFile, type FileType } from '../../export/deliver';
import { ta } from '../../i18n/analysisStrings';
import { errorText } from '../../i18n/errorText';
import { loadMatrix } from '../../state/analysisActions';
import { setMatrixKinds } from '../../state/analysisSlice';
import { apply, atlasStore, useAtlas } from '../../state/store';
import { showError } from '../../state/uiSlice';
import { KindSelect } from './KindSelect';
import { MatrixCellDetail } from './MatrixCellDetail';
import { MatrixGrid } from './MatrixGrid';

const CSV: FileType = {
  extension: 'csv',
  mime: 'text/csv;charset=utf-8',
  filter: { name: 'CSV', extensions: ['csv'] },
};

/** A save dialog in the app, a download in browser mode. The byte-order mark makes Excel read UTF-8 (Curaçao, Prüm). */
function saveCsv(text: string): void {
  void saveFile('ips-atlas-matrix.csv', `\uFEFF${text}`, CSV).catch((error: unknown) => {
    apply(showError(errorText(atlasStore.getState().language, error)));
  });
}

export function MatrixPanel({ filters }: { readonly filters: FilterSpec }) {
  const language = useAtlas((s) => s.language);
  const rowKinds = useAtlas((s) => s.analysis.matrixRowKinds);
  const columnKinds = useAtlas((s) => s.analysis.matrixColumnKinds);
  const result = useAtlas((s) => s.analysis.matrix);
  const selected = useAtlas((s) => s.analysis.matrixCell);
  const busy = useAtlas((s) => s.analysis.busy === 'matrix');
  const matrix = useMemo(() => (result === null ? null : buildMatrix(result)), [result]);
  const grid = useMemo(() => (matrix === null ? null : gridView(matrix)), [matrix]);
  const cell = selected === null ? undefined : matrix?.cells.get(cellKey(selected.row, selected.column));
  const row = matrix?.rows.find((n) => n.id === selected?.row);
  const column = matrix?.columns.find((n) => n.id === selected?.column);

  return (
    <div className="matrix-panel" data-testid="matrix-panel">
      <div className="row">
        <KindSelect
          label={ta(language, 'rows')}
          value={rowKinds}
          onChange={(kinds) => apply(setMatrixKinds('rows', kinds))}
          testId="matrix-rows"
        />
        <KindSelect
          label={ta(language, 'columns')}
          value={columnKinds}
          onChange={(kinds) => apply(setMatrixKinds('columns', kinds))}
          testId="matrix-columns"
        />
        <div className="stacked">
          <button
            type="button"
            className="primary"
            disabled={busy || rowKinds.length === 0 || columnKinds.length === 0}
            onClick={() => void loadMatrix(filters)}
          >
            {busy ? ta(language, 'searching') : ta(language, 'showMatrix')}
          </button>
          {matrix !== null && matrix.rows.length > 0 && (
            <button type="button" onClick={() => saveCsv(matrixToCsv(matrix, language))}>
              {ta(language, 'downloadCsv')}
            </button>
          )}
          <span className="hint">{ta(language, 'filtersApply')}</span>
        </div>
      </div>
      {matrix !== null && matrix.rows.length === 0 && <p className="hint">{ta(language, 'matrixEmpty')}</p>}
      {matrix !== null && matrix.rows.length > 0 && (
        <div className="matrix-area">
          {grid !== null && <MatrixGrid matrix={grid} language={language} />}
          {cell !== undefined && row !== undefined && column !== undefined && (
            <MatrixCellDetail cell={cell} row={row} column={column} language={language} />
          )}
        </div>
      )}
      {matrix !== null && grid !== null && grid.hiddenRows + grid.hiddenColumns > 0 && (
        <p className="hint">
          {ta(language, 'gridLimited')
            .replace('{rows}', String(grid.rows.length))
            .replace('{columns}', String(grid.columns.length))
            .replace('{allRows}', String(matrix.rows.length))
            .replace('{allColumns}', String(matrix.columns.length))}
        </p>
      )}
      {matrix?.truncated === true && <p className="hint">{ta(language, 'truncated')}</p>}
    </div>
  );
}
