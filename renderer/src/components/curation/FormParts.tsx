// Pieces both curation forms share: the cited passage shown verbatim, the status choice, the two
// date fields, a field's problem under it, and the checks the contract would make, worded here first.
import type { ReactNode } from 'react';
import { dateMapSchema, type DateMap, type Language } from '../../../../shared/contract';
import { STATUSES, STATUS_INFO, type Status } from '../../../../shared/ontology';
import { cx } from '../../i18n/curationStrings';

export function PassageQuote({
  title,
  quote,
  language,
}: {
  readonly title: string;
  readonly quote: string;
  readonly language: Language;
}) {
  return (
    <figure className="curation-passage" data-testid="curation-passage">
      <figcaption>{cx(language, 'passage', title)}</figcaption>
      <blockquote>
        <bdi>{quote}</bdi>
      </blockquote>
    </figure>
  );
}

const isStatus = (value: string): value is Status => (STATUSES as readonly string[]).includes(value);

export function StatusField({
  id,
  value,
  onChange,
  allowNone,
  language,
}: {
  readonly id: string;
  readonly value: Status | null;
  readonly onChange: (status: Status | null) => void;
  readonly allowNone: boolean;
  readonly language: Language;
}) {
  return (
    <>
      <label htmlFor={id}>{cx(language, 'fieldStatus')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(isStatus(e.target.value) ? e.target.value : null)}>
        {allowNone && <option value="">{cx(language, 'statusNone')}</option>}
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_INFO[s].label[language]}
          </option>
        ))}
      </select>
    </>
  );
}

export interface DateFieldsValue {
  readonly from: string;
  readonly until: string;
}

export const datesOf = (dates: DateMap): DateFieldsValue => ({ from: dates.from ?? '', until: dates.until ?? '' });

/** The dates to send: the fields filled in, over the element's other dates (signed, founded …) kept as they were. */
export function datesFrom(value: DateFieldsValue, kept: DateMap = {}): DateMap {
  const { from: _from, until: _until, ...rest } = kept;
  return {
    ...rest,
    ...(value.from.trim() === '' ? {} : { from: value.from.trim() }),
    ...(value.until.trim() === '' ? {} : { until: value.until.trim() }),
  };
}

/** Whether the date fields hold dates the contract accepts (empty is fine). */
export const datesValid = (value: DateFieldsValue): boolean => dateMapSchema.safeParse(datesFrom(value)).success;

export function DateFields({
  id,
  value,
  onChange,
  invalid,
  language,
}: {
  readonly id: string;
  readonly value: DateFieldsValue;
  readonly onChange: (value: DateFieldsValue) => void;
  readonly invalid: boolean;
  readonly language: Language;
}) {
  const described = invalid ? { 'aria-invalid': true, 'aria-describedby': `${id}-dates-problem` } : {};
  return (
    <>
      <label htmlFor={`${id}-from`}>{cx(language, 'fieldFrom')}</label>
      <input
        id={`${id}-from`}
        value={value.from}
        placeholder={cx(language, 'fieldDateHint')}
        onChange={(e) => onChange({ ...value, from: e.target.value })}
        {...described}
      />
      <label htmlFor={`${id}-until`}>{cx(language, 'fieldUntil')}</label>
      <input
        id={`${id}-until`}
        value={value.until}
        placeholder={cx(language, 'fieldDateHint')}
        onChange={(e) => onChange({ ...value, until: e.target.value })}
        {...described}
      />
      {invalid && <Problem id={`${id}-dates-problem`}>{cx(language, 'dateInvalid')}</Problem>}
    </>
  );
}

export function Problem({ id, children }: { readonly id: string; readonly children: ReactNode }) {
  return (
    <p id={id} className="field-problem">
      {children}
    </p>
  );
}

/** One line of at most 200 characters without control characters: the contract's label rule. */
export const isLine = (text: string): boolean => {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= 200 && !/\p{Cc}/u.test(trimmed);
};

/** A label prefilled from a passage: one line, white space collapsed, cut to the contract's length. */
export const labelFromQuote = (quote: string): string => quote.replace(/\s+/g, ' ').trim().slice(0, 200);
