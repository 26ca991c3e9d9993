// The relations of one matrix cell, each read from the row node, with status, dates and its
// citations (fetched when the cell opens); one button puts them on the canvas.
import { useEffect, useState } from 'react';
import type { EdgeDetail, Language, NodeSummary } from '../../../../shared/contract';
import type { MatrixCell } from '../../analysis/matrix';
import { relationVerb, statusAndDates } from '../../analysis/relationPhrase';
import { ta } from '../../i18n/analysisStrings';
import { openSource } from '../../state/actions';
import { loadEdgeDetails, showOnCanvas } from '../../state/analysisActions';

export interface MatrixCellDetailProps {
  readonly cell: MatrixCell;
  readonly row: NodeSummary;
  readonly column: NodeSummary;
  readonly language: Language;
}

export function MatrixCellDetail({ cell, row, column, language }: MatrixCellDetailProps) {
  const [details, setDetails] = useState<{ key: MatrixCell; edges: readonly EdgeDetail[] } | null>(null);
  useEffect(() => {
    let current = true;
    void loadEdgeDetails(cell.edges.map((e) => e.id)).then((edges) => {
      if (current) setDetails({ key: cell, edges });
    });
    return () => {
      current = false;
    };
  }, [cell]);
  const edges = details?.key === cell ? details.edges : cell.edges.map((e) => ({ ...e, citations: [] }));
  const other = (edge: EdgeDetail): NodeSummary => (edge.source === row.id || edge.target === row.id ? column : row);
  return (
    <section className="matrix-detail" data-testid="matrix-cell-detail" aria-label={ta(language, 'cellRelations')}>
      <h3>
        {row.label[language]} × {column.label[language]}
      </h3>
      <ul>
        {edges.map((edge) => (
          <li key={edge.id}>
            <strong>
              {row.label[language]} {relationVerb(edge, row.id, language)} {other(edge).label[language]}
            </strong>{' '}
            <span className="hint">[{statusAndDates(edge, language)}]</span>
            {edge.citations.map((c) => (
              <button
                key={`${c.sourceId}:${String(c.start)}`}
                type="button"
                className="citation"
                data-testid="matrix-citation"
                title={ta(language, 'openInSource')}
                onClick={() => openSource(c.sourceId, c.start, c.end)}
              >
                <q lang="nl">{c.quote}</q>
              </button>
            ))}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => showOnCanvas([row, column], cell.edges)}>
        {ta(language, 'toCanvas')}
      </button>
    </section>
  );
}
