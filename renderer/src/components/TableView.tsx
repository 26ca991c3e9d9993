// The table view: the visible nodes and relations as two accessible tables, sortable by any column and
// filterable by text, in step with the canvas selection both ways (check boxes select, and what is
// selected on the canvas is checked here). The keyboard and screen-reader route to the same facts.
import { useMemo, useState } from 'react';
import type { Language } from '../../../shared/contract';
import { tx, type ExplorerStringKey } from '../i18n/explorerStrings';
import { selectEdge, selectMany, selectNode } from '../state/actions';
import { selectVisibleGraph } from '../state/selectors';
import { useAtlas } from '../state/store';
import {
  edgeRows,
  filterRows,
  nodeRows,
  provenanceText,
  sortRows,
  type EdgeRow,
  type NodeRow,
  type Sort,
} from '../table/tableRows';
import { KindIcon } from './KindIcon';
import './provenance.css';

/** The cell's mark: editorial dotted, the user's own purple (as on the canvas); nothing for the letter's words. */
const provenanceClass = (text: string, language: Language): string | undefined =>
  text === '' ? undefined : text === provenanceText('user', language) ? 'provenance-user' : 'provenance-editorial';

type Column<R> = { readonly key: keyof R & string; readonly label: ExplorerStringKey };

const NODE_COLUMNS: readonly Column<NodeRow>[] = [
  { key: 'name', label: 'name' },
  { key: 'kind', label: 'kind' },
  { key: 'status', label: 'status' },
  { key: 'dates', label: 'dates' },
  { key: 'asOf', label: 'asOf' },
  { key: 'degree', label: 'degree' },
  { key: 'provenance', label: 'provenance' },
];
const EDGE_COLUMNS: readonly Column<EdgeRow>[] = [
  { key: 'from', label: 'from' },
  { key: 'relation', label: 'relation' },
  { key: 'to', label: 'to' },
  { key: 'status', label: 'status' },
  { key: 'dates', label: 'dates' },
  { key: 'asOf', label: 'asOf' },
  { key: 'provenance', label: 'provenance' },
];

export function TableView() {
  const language = useAtlas((s) => s.language);
  const visible = useAtlas(selectVisibleGraph);
  const selected = useAtlas((s) => s.selected);
  const year = useAtlas((s) => s.filters.asOfYear);
  const [text, setText] = useState('');
  const [nodeSort, setNodeSort] = useState<Sort<keyof NodeRow>>({ key: 'name', descending: false });
  const [edgeSort, setEdgeSort] = useState<Sort<keyof EdgeRow>>({ key: 'from', descending: false });
  const nodes = useMemo(() => nodeRows(visible, language, year), [visible, language, year]);
  const edges = useMemo(() => edgeRows(visible, language, year), [visible, language, year]);
  const shownNodes = sortRows(filterRows(nodes, text), nodeSort, language);
  const shownEdges = sortRows(filterRows(edges, text), edgeSort, language);
  const kinds = new Map(visible.nodes.map((n) => [n.id, n.kind]));

  const toggle = (type: 'nodes' | 'edges', id: string, on: boolean): void => {
    const next = new Set(selected[type]);
    if (on) next.add(id);
    else next.delete(id);
    const nodeIds = type === 'nodes' ? next : selected.nodes;
    const edgeIds = type === 'edges' ? next : selected.edges;
    void selectMany([...nodeIds], [...edgeIds], on ? { type: type === 'nodes' ? 'node' : 'edge', id } : null);
  };

  return (
    <div className="table-view" data-testid="table-view">
      <label className="table-filter">
        <span>{tx(language, 'filterTable')}</span>
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <table>
        <caption>
          {tx(language, 'nodesTable')} — {tx(language, 'rowCount', shownNodes.length, nodes.length)}
        </caption>
        <thead>
          <SortableHeader columns={NODE_COLUMNS} sort={nodeSort} onSort={setNodeSort} />
        </thead>
        <tbody>
          {shownNodes.map((row) => (
            <tr key={row.id} className={selected.nodes.has(row.id) ? 'selected' : undefined} data-id={row.id}>
              <td>
                <input
                  type="checkbox"
                  checked={selected.nodes.has(row.id)}
                  onChange={(e) => toggle('nodes', row.id, e.target.checked)}
                  aria-label={tx(language, 'selectRow', row.name)}
                />
              </td>
              <th scope="row">
                <button type="button" className="link" onClick={() => void selectNode(row.id)}>
                  {kinds.get(row.id) !== undefined && <KindIcon kind={kinds.get(row.id) ?? 'state'} />}{' '}
                  <bdi>{row.name}</bdi>
                </button>
              </th>
              <td>{row.kind}</td>
              <td>{row.status}</td>
              <td>{row.dates}</td>
              <td className={row.asOf === '' ? undefined : 'year-undated'}>{row.asOf}</td>
              <td className="number">{row.degree}</td>
              <td className={provenanceClass(row.provenance, language)}>{row.provenance}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>
          {tx(language, 'edgesTable')} — {tx(language, 'rowCount', shownEdges.length, edges.length)}
        </caption>
        <thead>
          <SortableHeader columns={EDGE_COLUMNS} sort={edgeSort} onSort={setEdgeSort} />
        </thead>
        <tbody>
          {shownEdges.map((row) => (
            <tr key={row.id} className={selected.edges.has(row.id) ? 'selected' : undefined} data-id={row.id}>
              <td>
                <input
                  type="checkbox"
                  checked={selected.edges.has(row.id)}
                  onChange={(e) => toggle('edges', row.id, e.target.checked)}
                  aria-label={tx(language, 'selectRow', `${row.from} ${row.relation} ${row.to}`)}
                />
              </td>
              <th scope="row">
                <button type="button" className="link" onClick={() => void selectEdge(row.id)}>
                  {row.from}
                </button>
              </th>
              <td>{row.relation}</td>
              <td>{row.to}</td>
              <td>{row.status}</td>
              <td>{row.dates}</td>
              <td className={row.asOf === '' ? undefined : 'year-undated'}>{row.asOf}</td>
              <td className={provenanceClass(row.provenance, language)}>{row.provenance}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {nodes.length === 0 && <p className="hint">{tx(language, 'emptyTable')}</p>}
    </div>
  );
}

function SortableHeader<K extends string>({
  columns,
  sort,
  onSort,
}: {
  readonly columns: readonly { readonly key: K; readonly label: ExplorerStringKey }[];
  readonly sort: Sort<K>;
  readonly onSort: (sort: Sort<K>) => void;
}) {
  const language = useAtlas((s) => s.language);
  return (
    <tr>
      <td />
      {columns.map((column) => {
        const active = sort.key === column.key;
        return (
          <th key={column.key} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
            <button
              type="button"
              className="sort"
              onClick={() => onSort({ key: column.key, descending: active ? !sort.descending : false })}
            >
              {tx(language, column.label)}
              <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
            </button>
          </th>
        );
      })}
    </tr>
  );
}
