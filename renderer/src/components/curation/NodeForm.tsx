// The node form: a new node from a passage (kind, Dutch label prefilled from the passage, English
// label, status, dates, description, note; the passage shown verbatim as its citation), or an edit of
// the user's own node (its kind and citation stay: the passage is the fact). Checked against the
// contract's rules here; a refusal from the service is worded from its code.
import { useId, useState, type SyntheticEvent } from 'react';
import type { Language, NodeDetail } from '../../../../shared/contract';
import { NODE_KINDS, NODE_KIND_INFO, type NodeKind, type Status } from '../../../../shared/ontology';
import { cx } from '../../i18n/curationStrings';
import { createNode, updateNode } from '../../state/curationActions';
import type { PassageDraft } from '../../state/curationSlice';
import {
  DateFields,
  datesFrom,
  datesOf,
  datesValid,
  isLine,
  labelFromQuote,
  PassageQuote,
  Problem,
  StatusField,
} from './FormParts';
import { FormEnd, NoteField, useSaving } from './FormEnd';

/** "EMPACT; European Multidisciplinary Platform" → the other names, each trimmed, empty ones dropped. */
const aliasesOf = (text: string): string[] =>
  text
    .split(';')
    .map((a) => a.trim())
    .filter((a) => a !== '');

const isKind = (value: string): value is NodeKind => (NODE_KINDS as readonly string[]).includes(value);

/** Node kinds in the order their Dutch (or English) names sort, so the list reads alphabetically. */
const sortedKinds = (language: Language): NodeKind[] =>
  [...NODE_KINDS].sort((a, b) => NODE_KIND_INFO[a].label[language].localeCompare(NODE_KIND_INFO[b].label[language]));

export type NodeFormProps =
  | { readonly passage: PassageDraft; readonly node?: undefined; readonly language: Language }
  | { readonly passage?: undefined; readonly node: NodeDetail; readonly language: Language };

export function NodeForm({ passage, node, language }: NodeFormProps) {
  const id = useId();
  const [kind, setKind] = useState<NodeKind>(node?.kind ?? 'national-organisation');
  const [labelNl, setLabelNl] = useState(node?.label.nl ?? labelFromQuote(passage?.quote ?? ''));
  const [labelEn, setLabelEn] = useState(node === undefined || node.label.en === node.label.nl ? '' : node.label.en);
  const [aliases, setAliases] = useState((node?.aliases ?? []).join('; '));
  const [status, setStatus] = useState<Status | null>(node?.status ?? null);
  const [dates, setDates] = useState(datesOf(node?.dates ?? {}));
  const [description, setDescription] = useState(node?.description.nl ?? '');
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const { refusal, busy, save, clearRefusal } = useSaving(language);

  const labelOk = isLine(labelNl);
  const enOk = labelEn.trim() === '' || isLine(labelEn);
  const aliasList = aliasesOf(aliases);
  const aliasesOk = aliasList.length <= 20 && aliasList.every(isLine);
  const datesOk = datesValid(dates);
  const submit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setChecked(true);
    clearRefusal();
    if (!labelOk || !enOk || !aliasesOk || !datesOk) return;
    const label = { nl: labelNl.trim(), ...(labelEn.trim() === '' ? {} : { en: labelEn.trim() }) };
    const fields = {
      label,
      status,
      dates: datesFrom(dates, node?.dates),
      description: description.trim(),
      aliases: aliasList,
    };
    const saving =
      passage !== undefined
        ? createNode({
            kind,
            ...fields,
            citation: { documentId: passage.documentId, start: passage.start, end: passage.end },
            ...(note.trim() === '' ? {} : { note: note.trim() }),
          })
        : updateNode(node, fields);
    save(saving);
  };
  const invalid = (problem: string) => ({ 'aria-invalid': true, 'aria-describedby': `${id}-${problem}` });
  return (
    <form className="curation-form" onSubmit={submit} noValidate data-testid="node-form">
      {passage !== undefined && (
        <PassageQuote title={passage.documentTitle} quote={passage.quote} language={language} />
      )}
      <div className="curation-fields">
        <label htmlFor={`${id}-kind`}>{cx(language, 'fieldKind')}</label>
        {node === undefined ? (
          <select id={`${id}-kind`} value={kind} onChange={(e) => isKind(e.target.value) && setKind(e.target.value)}>
            {sortedKinds(language).map((k) => (
              <option key={k} value={k}>
                {NODE_KIND_INFO[k].label[language]}
              </option>
            ))}
          </select>
        ) : (
          <output id={`${id}-kind`}>{NODE_KIND_INFO[kind].label[language]}</output>
        )}
        <label htmlFor={`${id}-nl`}>{cx(language, 'fieldLabelNl')}</label>
        <input
          id={`${id}-nl`}
          value={labelNl}
          maxLength={200}
          lang="nl"
          onChange={(e) => setLabelNl(e.target.value)}
          {...(checked && !labelOk ? invalid('nl-problem') : {})}
        />
        {checked && !labelOk && <Problem id={`${id}-nl-problem`}>{cx(language, 'labelRequired')}</Problem>}
        <label htmlFor={`${id}-en`}>{cx(language, 'fieldLabelEn')}</label>
        <input
          id={`${id}-en`}
          value={labelEn}
          maxLength={200}
          lang="en"
          onChange={(e) => setLabelEn(e.target.value)}
          {...(checked && !enOk ? invalid('en-problem') : {})}
        />
        {checked && !enOk && <Problem id={`${id}-en-problem`}>{cx(language, 'tooLong', 200)}</Problem>}
        <label htmlFor={`${id}-aliases`}>{cx(language, 'fieldAliases')}</label>
        <input
          id={`${id}-aliases`}
          value={aliases}
          placeholder={cx(language, 'fieldAliasesHint')}
          onChange={(e) => setAliases(e.target.value)}
          {...(checked && !aliasesOk ? invalid('aliases-problem') : {})}
        />
        {checked && !aliasesOk && <Problem id={`${id}-aliases-problem`}>{cx(language, 'aliasesInvalid')}</Problem>}
        <StatusField id={`${id}-status`} value={status} onChange={setStatus} allowNone language={language} />
        <DateFields id={id} value={dates} onChange={setDates} invalid={checked && !datesOk} language={language} />
        <label htmlFor={`${id}-description`}>{cx(language, 'fieldDescription')}</label>
        <textarea
          id={`${id}-description`}
          value={description}
          maxLength={2000}
          rows={2}
          onChange={(e) => setDescription(e.target.value)}
        />
        {node === undefined && <NoteField id={`${id}-note`} value={note} onChange={setNote} language={language} />}
      </div>
      <FormEnd refusal={refusal} isNew={node === undefined} busy={busy} language={language} />
    </form>
  );
}
