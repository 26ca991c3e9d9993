// Metrics of the visible network: the size and colour mappings the canvas reads, and a sortable
// table of degree, betweenness and community per node (a row opens the node).
import { useState } from 'react';
import { NODE_KIND_INFO } from '../../../../shared/ontology';
import {
  communityColour,
  NODE_COLOUR_BY,
  NODE_SIZE_BY,
  type NodeColourBy,
  type NodeSizeBy,
} from '../../analysis/metricMapping';
import { metricsOf } from '../../analysis/metrics';
import { sortRows, type SortOrder } from '../../analysis/patternRows';
import { ta } from '../../i18n/analysisStrings';
import { selectNode } from '../../state/actions';
import { setNodeColourBy, setNodeSizeBy } from '../../state/analysisSlice';
import { selectVisibleGraph } from '../../state/selectors';
import { apply, useAtlas } from '../../state/store';
import { SortHeader } from './SortHeader';
import { isolate } from '../../../../shared/text/isolate';

type MetricColumn = 'node' | 'kind' | 'degree' | 'betweenness' | 'community';
const COLUMNS: readonly MetricColumn[] = ['node', 'kind', 'degree', 'betweenness', 'community'];

export function MetricsPanel() {
  const language = useAtlas((s) => s.language);
  const visible = useAtlas(selectVisibleGraph);
  const sizeBy = useAtlas((s) => s.analysis.nodeSizeBy);
  const colourBy = useAtlas((s) => s.analysis.nodeColourBy);
  const [order, setOrder] = useState<SortOrder<MetricColumn>>({ column: 'betweenness', descending: true });
  const metrics = metricsOf(visible);
  const rows = visible.nodes.map((node) => {
    const m = metrics.get(node.id) ?? { degree: 0, betweenness: null, community: 0 };
    return { id: node.id, node: isolate(node.label[language]), kind: NODE_KIND_INFO[node.kind].label[language], ...m };
  });
  const sorted = sortRows(rows, order, (row, column) => row[column] ?? -1);
  const tooBig = rows.length > 0 && rows.every((row) => row.betweenness === null);
  const sizeLabel = (by: NodeSizeBy): string => (by === 'none' ? ta(language, 'sizeNone') : ta(language, by));
  const colourLabel = (by: NodeColourBy): string => (by === 'kind' ? ta(language, 'kind') : ta(language, 'community'));

  return (
    <div className="metrics-panel" data-testid="metrics-panel">
      <div className="row">
        <label className="inline">
          {ta(language, 'sizeBy')}{' '}
          <select
            value={sizeBy}
            data-testid="size-by"
            onChange={(e) => apply(setNodeSizeBy(e.target.value as NodeSizeBy))}
          >
            {NODE_SIZE_BY.map((by) => (
              <option key={by} value={by}>
                {sizeLabel(by)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          {ta(language, 'colourBy')}{' '}
          <select
            value={colourBy}
            data-testid="colour-by"
            onChange={(e) => apply(setNodeColourBy(e.target.value as NodeColourBy))}
          >
            {NODE_COLOUR_BY.map((by) => (
              <option key={by} value={by}>
                {colourLabel(by)}
              </option>
            ))}
          </select>
        </label>
        <span className="hint">{ta(language, 'metricsScope')}</span>
      </div>
      {tooBig && <p className="hint">{ta(language, 'betweennessTooBig')}</p>}
      {rows.length === 0 ? (
        <p className="hint">{ta(language, 'metricsEmpty')}</p>
      ) : (
        <table className="analysis-table" data-testid="metrics-table">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <SortHeader key={column} column={column} order={order} onSort={setOrder} label={ta(language, column)} />
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.id}>
                <td>
                  <button type="button" className="link" onClick={() => void selectNode(row.id)}>
                    {row.node}
                  </button>
                </td>
                <td>{row.kind}</td>
                <td className="number">{row.degree}</td>
                <td className="number">{row.betweenness === null ? '—' : row.betweenness.toFixed(3)}</td>
                <td>
                  <span
                    className="swatch"
                    style={{ backgroundColor: communityColour(row.community) }}
                    aria-hidden="true"
                  />{' '}
                  {row.community + 1}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
