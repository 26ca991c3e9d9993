// A column header that sorts its table: click once ascending, again descending; aria-sort says which.
import type { SortOrder } from '../../analysis/patternRows';

export interface SortHeaderProps<C extends string> {
  readonly column: C;
  readonly label: string;
  readonly order: SortOrder<C>;
  readonly onSort: (order: SortOrder<C>) => void;
}

export function SortHeader<C extends string>({ column, label, order, onSort }: SortHeaderProps<C>) {
  const active = order.column === column;
  return (
    <th scope="col" aria-sort={active ? (order.descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="sort"
        onClick={() => onSort({ column, descending: active ? !order.descending : false })}
      >
        {label}
        <span aria-hidden="true">{active ? (order.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
}
