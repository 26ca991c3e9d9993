// Pattern results as a sortable table: subject, relation, object, status, dates and the quote
// (which opens the source at its passage).
import { useState } from 'react';
import type { PatternResult } from '../../../../shared/contract';
import { patternTableRows, sortRows, type PatternColumn, type SortOrder } from '../../analysis/patternRows';
import { ta, type AnalysisStringKey } from '../../i18n/analysisStrings';
import { openSource } from '../../state/actions';
import { useAtlas } from '../../state/store';
import { SortHeader } from './SortHeader';

const HEADERS: readonly [PatternColumn, AnalysisStringKey][] = [
  ['subject', 'subject'],
  ['relation', 'relation'],
  ['object', 'object'],
  ['status', 'status'],
  ['dates', 'dates'],
  ['quote', 'citation'],
];

export function PatternTable({ result }: { readonly result: PatternResult }) {
  const language = useAtlas((s) => s.language);
  const [order, setOrder] = useState<SortOrder<PatternColumn>>({ column: 'subject', descending: false });
  const rows = sortRows(patternTableRows(result, language), order, (row, column) => row[column]);
  if (rows.length === 0) return <p className="hint">{ta(language, 'noMatches')}</p>;
  return (
    <>
      <table className="analysis-table" data-testid="pattern-results">
        <caption className="visually-hidden">{ta(language, 'results')}</caption>
        <thead>
          <tr>
            {HEADERS.map(([column, key]) => (
              <SortHeader key={column} column={column} order={order} onSort={setOrder} label={ta(language, key)} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.edgeId}>
              <td>{row.subject}</td>
              <td>{row.relation}</td>
              <td>{row.object}</td>
              <td>{row.status}</td>
              <td>{row.dates}</td>
              <td>
                {row.sourceId !== null && row.start !== null && row.end !== null ? (
                  <button
                    type="button"
                    className="citation"
                    title={ta(language, 'openInSource')}
                    onClick={() => {
                      if (row.sourceId !== null && row.start !== null && row.end !== null)
                        openSource(row.sourceId, row.start, row.end);
                    }}
                  >
                    <q lang="nl">{row.quote}</q>
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.truncated && <p className="hint">{ta(language, 'truncated')}</p>}
    </>
  );
}
