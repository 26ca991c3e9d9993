// What the analysis features hand to the exports (and anyone else): the current paths as memo text,
// the pattern results as table rows and text, the matrix as CSV; all in the UI language, remembered
// on the references they read so calling them on every store change costs nothing.
import { buildMatrix } from '../analysis/matrix';
import { matrixToCsv } from '../analysis/matrixCsv';
import { pathText } from '../analysis/pathText';
import { patternRowsText, patternTableRows, type PatternTableRow } from '../analysis/patternRows';
import type { AnalysisSlice } from './analysisSlice';
import type { UiSlice } from './uiSlice';

type State = AnalysisSlice & Pick<UiSlice, 'language'>;

function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A): R => {
    if (last?.args.every((arg, i) => arg === args[i]) === true) return last.result;
    last = { args, result: compute(...args) };
    return last.result;
  };
}

const pathTextMemo = memoLast(
  (paths: State['analysis']['paths'], language: State['language'], titles: State['analysis']['sourceTitles']) =>
    paths === null ? null : pathText(paths, { language, sourceTitles: titles }),
);

/** The found paths told hop by hop, as the path panel shows them; null before a search. */
export const selectPathText = (state: State): string | null =>
  pathTextMemo(state.analysis.paths, state.language, state.analysis.sourceTitles);

const patternRowsMemo = memoLast((result: State['analysis']['patternResult'], language: State['language']) =>
  result === null ? null : patternTableRows(result, language),
);

/** The pattern query's results as table rows (subject, relation, object, status, dates, quote). */
export const selectPatternRows = (state: State): readonly PatternTableRow[] | null =>
  patternRowsMemo(state.analysis.patternResult, state.language);

/** The same rows as tab-separated text, one relation a line. */
export const selectPatternText = (state: State): string | null => {
  const rows = selectPatternRows(state);
  return rows === null ? null : patternRowsText(rows);
};

const matrixCsvMemo = memoLast((matrix: State['analysis']['matrix'], language: State['language']) =>
  matrix === null ? null : matrixToCsv(buildMatrix(matrix), language),
);

/** The matrix as CSV (formula-like cells neutralised), as its Download button writes it. */
export const selectMatrixCsv = (state: State): string | null => matrixCsvMemo(state.analysis.matrix, state.language);
