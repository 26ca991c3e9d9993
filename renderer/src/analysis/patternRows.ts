// Pattern query results as table rows an adviser reads: subject, relation (read from the subject),
// object, status, dates and the first citation; plus a stable sort on any column.
import type { Language, PatternResult } from '../../../shared/contract';
import { datesText } from '../i18n/dateWords';
import { relationVerb, statusText } from './relationPhrase';

export interface PatternTableRow {
  readonly edgeId: string;
  readonly subjectId: string;
  readonly objectId: string;
  readonly subject: string;
  readonly relation: string;
  readonly object: string;
  readonly status: string;
  readonly dates: string;
  readonly quote: string;
  readonly sourceId: string | null;
  readonly start: number | null;
  readonly end: number | null;
}

export const PATTERN_COLUMNS = ['subject', 'relation', 'object', 'status', 'dates', 'quote'] as const;
export type PatternColumn = (typeof PATTERN_COLUMNS)[number];

export function patternTableRows(result: PatternResult, language: Language): PatternTableRow[] {
  return result.rows.map((row) => {
    const citation = row.edge.citations[0];
    return {
      edgeId: row.edge.id,
      subjectId: row.subject.id,
      objectId: row.object.id,
      subject: row.subject.label[language],
      relation: relationVerb(row.edge, row.subject.id, language),
      object: row.object.label[language],
      status: statusText(row.edge, language),
      dates: datesText(row.edge.dates, language),
      quote: citation?.quote ?? '',
      sourceId: citation?.sourceId ?? null,
      start: citation?.start ?? null,
      end: citation?.end ?? null,
    };
  });
}

export interface SortOrder<C extends string> {
  readonly column: C;
  readonly descending: boolean;
}

/** Sorted copy; ties keep their order. Text compares the Dutch way (accents, numbers within text). */
export function sortRows<R, C extends string>(
  rows: readonly R[],
  order: SortOrder<C>,
  valueOf: (row: R, column: C) => string | number,
): R[] {
  const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
  const sign = order.descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, order.column) }))
    .sort((a, b) => {
      const compared =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return sign * compared || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** Tab-separated text of the table, for the export engineer and for pasting into a memo. */
export function patternRowsText(rows: readonly PatternTableRow[]): string {
  return rows.map((r) => [r.subject, r.relation, r.object, r.status, r.dates, `“${r.quote}”`].join('\t')).join('\n');
}
