// The table view's rows: what the canvas shows, as text a screen reader reads, sortable by any column
// and filterable by typed text. Pure; unit-tested.
import type { Language } from '../../../shared/contract';
import { holdingIn, relationHoldingIn } from '../../../shared/filters/asOf';
import {
  NODE_KIND_INFO,
  PROVENANCE_INFO,
  RELATION_KIND_INFO,
  STATUS_INFO,
  type Provenance,
} from '../../../shared/ontology';
import { datesText } from '../i18n/dateWords';
import { tx } from '../i18n/explorerStrings';
import type { VisibleGraph } from '../state/selectors';

export interface NodeRow {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly status: string;
  readonly dates: string;
  /** "niet gedateerd" when a year is applied and the dataset cannot date the node in it (the as-of rule), else ''. */
  readonly asOf: string;
  /** Relations of the node that are on screen. */
  readonly degree: number;
  /** As for relations: '' for a stated node, else what it is (editorial, the user's own addition). */
  readonly provenance: string;
}

export interface EdgeRow {
  readonly id: string;
  readonly from: string;
  readonly relation: string;
  readonly to: string;
  readonly status: string;
  readonly dates: string;
  /** As for nodes: the relation's own dates and both its ends' (the as-of rule). */
  readonly asOf: string;
  /**
   * '' for a stated relation; the editorial label for the curator's grouping and "Eigen toevoeging" for
   * the user's own, so neither reads as the letter's words.
   */
  readonly provenance: string;
}

export interface Sort<K extends string> {
  readonly key: K;
  readonly descending: boolean;
}

/** An element's provenance as the table writes it: nothing for what the letter states, else its label. */
export const provenanceText = (provenance: Provenance, language: Language): string =>
  provenance === 'stated' ? '' : PROVENANCE_INFO[provenance].label[language];

/** Rows follow the applied "as of" year (the filter's `asOfYear`), if any. */
export function nodeRows(visible: VisibleGraph, language: Language, year?: number): NodeRow[] {
  const degree = new Map<string, number>();
  for (const e of visible.edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return visible.nodes.map((n) => ({
    id: n.id,
    name: n.label[language],
    kind: NODE_KIND_INFO[n.kind].label[language],
    status: n.status === null ? '' : STATUS_INFO[n.status].label[language],
    dates: datesText(n.dates, language),
    asOf: year !== undefined && holdingIn(n, year) === 'undated' ? tx(language, 'undatedMark') : '',
    degree: degree.get(n.id) ?? 0,
    provenance: provenanceText(n.provenance, language),
  }));
}

export function edgeRows(visible: VisibleGraph, language: Language, year?: number): EdgeRow[] {
  const names = new Map(visible.nodes.map((n) => [n.id, n.label[language]]));
  const nodes = new Map(visible.nodes.map((n) => [n.id, n]));
  const undated = (e: VisibleGraph['edges'][number]): boolean => {
    const source = nodes.get(e.source);
    const target = nodes.get(e.target);
    return (
      year !== undefined &&
      source !== undefined &&
      target !== undefined &&
      relationHoldingIn(e, source, target, year) === 'undated'
    );
  };
  return visible.edges.map((e) => ({
    id: e.id,
    from: names.get(e.source) ?? e.source,
    relation: RELATION_KIND_INFO[e.kind].label[language],
    to: names.get(e.target) ?? e.target,
    status: STATUS_INFO[e.status].label[language],
    dates: datesText(e.dates, language),
    asOf: undated(e) ? tx(language, 'undatedMark') : '',
    provenance: provenanceText(e.provenance, language),
  }));
}

/** Rows containing the typed text in any column (case and accents ignored). */
export function filterRows<R extends { readonly id: string }>(rows: readonly R[], text: string): R[] {
  const cells = (row: R): unknown[] => Object.entries(row).flatMap(([key, value]) => (key === 'id' ? [] : [value]));
  const fold = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
  const wanted = fold(text.trim());
  if (wanted === '') return [...rows];
  return rows.filter((row) => cells(row).some((value) => fold(`${value as string | number}`).includes(wanted)));
}

/** A stable sort on one column; numbers as numbers, text in the language's alphabetical order. */
export function sortRows<R, K extends keyof R & string>(rows: readonly R[], sort: Sort<K>, language: Language): R[] {
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  const direction = sort.descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = a.row[sort.key];
      const y = b.row[sort.key];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return order * direction || a.index - b.index;
    })
    .map(({ row }) => row);
}
