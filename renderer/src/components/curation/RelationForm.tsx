// The relation form: a new relation from a passage (both ends chosen with the node picker, one
// prefilled with a node the passage mentions; only the kinds the ontology allows between the ends'
// kinds, in Dutch with their direction; status, dates, note), or an edit of the user's own relation
// (its ends and citation stay). A refusal from the service is worded from its code.
import { ArrowLeftRight } from 'lucide-react';
import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import type { EdgeDetail, Language, NodeSummary } from '../../../../shared/contract';
import type { RelationKind, Status } from '../../../../shared/ontology';
import { cx } from '../../i18n/curationStrings';
import { summariesOf } from '../../state/additionsActions';
import { createRelation, updateRelation } from '../../state/curationActions';
import type { PassageDraft } from '../../state/curationSlice';
import { NodePicker } from '../analysis/NodePicker';
import { allowedRelationKinds } from './curationRules';
import { KindChoice } from './KindChoice';
import { DateFields, datesFrom, datesOf, datesValid, PassageQuote, Problem, StatusField } from './FormParts';
import { FormEnd, NoteField, useSaving } from './FormEnd';

export type RelationFormProps =
  | { readonly passage: PassageDraft; readonly edge?: undefined; readonly language: Language }
  | { readonly passage?: undefined; readonly edge: EdgeDetail; readonly language: Language };

/** The ends: for a new relation, the one the passage mentions first; for an edit, the relation's own. */
function useEnds(passage: PassageDraft | undefined, edge: EdgeDetail | undefined) {
  const [source, setSource] = useState<NodeSummary | null>(null);
  const [target, setTarget] = useState<NodeSummary | null>(null);
  useEffect(() => {
    const wanted =
      edge === undefined ? passage?.mentioned.slice(0, 1).map((m) => m.nodeId) : [edge.source, edge.target];
    if (wanted === undefined || wanted.length === 0) return;
    let current = true;
    summariesOf(wanted).then(
      (found) => {
        if (!current) return;
        const byId = new Map(found.map((n) => [n.id, n]));
        setSource((chosen) => chosen ?? byId.get(wanted[0] ?? '') ?? null);
        if (edge !== undefined) setTarget(byId.get(edge.target) ?? null);
      },
      () => undefined, // no prefill: the user picks the end
    );
    return () => {
      current = false;
    };
  }, [passage, edge]);
  return { source, setSource, target, setTarget };
}

export function RelationForm({ passage, edge, language }: RelationFormProps) {
  const id = useId();
  const { source, setSource, target, setTarget } = useEnds(passage, edge);
  const [chosenKind, setKind] = useState<RelationKind | null>(edge?.kind ?? null);
  const [status, setStatus] = useState<Status>(edge?.status ?? 'in-force');
  const [dates, setDates] = useState(datesOf(edge?.dates ?? {}));
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const { refusal, busy, save, clearRefusal } = useSaving(language);

  const allowed = source === null || target === null ? [] : allowedRelationKinds(source.kind, target.kind);
  const kind = chosenKind !== null && allowed.includes(chosenKind) ? chosenKind : (allowed[0] ?? null);
  const same = source !== null && source.id === target?.id;
  const datesOk = datesValid(dates);
  const submit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setChecked(true);
    clearRefusal();
    if (source === null || target === null || same || kind === null || !datesOk) return;
    const saving =
      passage !== undefined
        ? createRelation({
            kind,
            source: source.id,
            target: target.id,
            status,
            dates: datesFrom(dates),
            citation: { documentId: passage.documentId, start: passage.start, end: passage.end },
            ...(note.trim() === '' ? {} : { note: note.trim() }),
          })
        : updateRelation(edge, { kind, status, dates: datesFrom(dates, edge.dates) });
    save(saving);
  };
  const endsProblem = checked && (source === null || target === null) ? 'endsRequired' : same ? 'sameEnds' : null;
  return (
    <form className="curation-form" onSubmit={submit} noValidate data-testid="relation-form">
      {passage !== undefined && (
        <PassageQuote title={passage.documentTitle} quote={passage.quote} language={language} />
      )}
      {edge === undefined ? (
        <div className="curation-ends">
          <NodePicker
            label={cx(language, 'fieldSource')}
            value={source}
            onChange={setSource}
            testId="relation-source"
          />
          <button
            type="button"
            className="btn-icon btn-ghost"
            onClick={() => {
              setSource(target);
              setTarget(source);
            }}
            aria-label={cx(language, 'swapEnds')}
            title={cx(language, 'swapEnds')}
          >
            <ArrowLeftRight aria-hidden="true" focusable="false" size={16} />
          </button>
          <NodePicker
            label={cx(language, 'fieldTarget')}
            value={target}
            onChange={setTarget}
            testId="relation-target"
          />
        </div>
      ) : null}
      {endsProblem !== null && <Problem id={`${id}-ends-problem`}>{cx(language, endsProblem)}</Problem>}
      <div className="curation-fields">
        <label htmlFor={`${id}-kind`}>{cx(language, 'fieldRelationKind')}</label>
        <KindChoice
          id={`${id}-kind`}
          source={source}
          target={target}
          allowed={allowed}
          value={kind}
          onChange={setKind}
          language={language}
        />
        <StatusField
          id={`${id}-status`}
          value={status}
          onChange={(s) => setStatus(s ?? 'in-force')}
          allowNone={false}
          language={language}
        />
        <DateFields id={id} value={dates} onChange={setDates} invalid={checked && !datesOk} language={language} />
        {edge === undefined && <NoteField id={`${id}-note`} value={note} onChange={setNote} language={language} />}
      </div>
      <FormEnd refusal={refusal} isNew={edge === undefined} busy={busy} language={language} />
    </form>
  );
}
