// The analysis results as other features (the exports) read them: text in the UI language,
// remembered until the results or the language change.
import { describe, expect, it } from 'vitest';
import type { PathsResult } from '../../../shared/contract';
import { aNode, anEdge, aReason } from '../analysis/analysisBuilders';
import { matrixFound, pathsFound, patternFound } from './analysisSlice';
import { selectMatrixCsv, selectPathText, selectPatternRows, selectPatternText } from './analysisSelectors';
import { initialState } from './store';
import { setLanguage } from './uiSlice';

const europol = aNode('europol', 'international-body', 'Europol');
const germany = aNode('germany', 'state', 'Duitsland', 'Germany');
const link = anEdge('germany', 'cooperates-with', 'europol', { quote: 'informatieproducten van Europol' });
const paths: PathsResult = {
  from: europol,
  to: germany,
  nodes: [europol, germany],
  paths: [
    { nodes: ['europol', 'germany'], reason: aReason(1), hops: [{ from: 'europol', to: 'germany', edges: [link] }] },
  ],
  truncated: false,
  exploredEdges: 2,
  endsNotInYear: [],
};

describe('analysis selectors', () => {
  it('are empty before any analysis ran', () => {
    expect([selectPathText(initialState), selectPatternRows(initialState), selectMatrixCsv(initialState)]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('give the path text in the UI language, the same string until something changes', () => {
    const state = pathsFound(paths)(initialState);
    expect(selectPathText(state)).toContain('Europol werkt samen met Duitsland');
    expect(selectPathText(state)).toBe(selectPathText({ ...state }));
    expect(selectPathText(setLanguage('en')(state))).toContain('Europol cooperates with Germany');
  });

  it('give the pattern rows and text, and the matrix CSV', () => {
    const withPattern = patternFound({
      rows: [{ subject: germany, object: europol, edge: link, forward: true }],
      truncated: false,
    })(initialState);
    expect(selectPatternRows(withPattern)?.map((r) => [r.subject, r.relation, r.object])).toEqual([
      ['Duitsland', 'werkt samen met', 'Europol'],
    ]);
    expect(selectPatternText(withPattern)).toBe(
      'Duitsland\twerkt samen met\tEuropol\tvan kracht / bestaand\t\t“informatieproducten van Europol”',
    );
    const withMatrix = matrixFound({ rows: [germany], columns: [europol], edges: [link], truncated: false })(
      initialState,
    );
    expect(selectMatrixCsv(withMatrix)?.split('\r\n')).toEqual([
      ',Europol',
      'Duitsland,1: werkt samen met (van kracht / bestaand)',
    ]);
  });
});
