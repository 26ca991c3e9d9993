// The end both curation forms share: the note to a new element, the service's refusal worded from
// its code, and the cancel/submit footer; and the saving state behind them (busy, refusal), so the
// node and relation forms save, refuse and close the same way.
import { useState } from 'react';
import type { Language } from '../../../../shared/contract';
import { cx } from '../../i18n/curationStrings';
import { errorText } from '../../i18n/errorText';
import { closeCuration } from '../../state/curationActions';

/** Busy while a save runs; a refusal from the service worded in the form's language. */
export function useSaving(language: Language) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = (saving: Promise<unknown>): void => {
    setBusy(true);
    saving.then(
      () => setBusy(false),
      (error: unknown) => {
        setBusy(false);
        setRefusal(errorText(language, error));
      },
    );
  };
  return { refusal, busy, save, clearRefusal: () => setRefusal(null) };
}

/** The note field, offered only when the element is new (an edit's note lives in the detail panel). */
export function NoteField({
  id,
  value,
  onChange,
  language,
}: {
  readonly id: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly language: Language;
}) {
  return (
    <>
      <label htmlFor={id}>{cx(language, 'fieldNote')}</label>
      <textarea id={id} value={value} maxLength={2000} rows={2} onChange={(e) => onChange(e.target.value)} />
    </>
  );
}

/** The refusal (if any) above the footer: cancel closes the form, submit says create or save. */
export function FormEnd({
  refusal,
  isNew,
  busy,
  language,
}: {
  readonly refusal: string | null;
  readonly isNew: boolean;
  readonly busy: boolean;
  readonly language: Language;
}) {
  return (
    <>
      {refusal !== null && (
        <p role="alert" className="curation-refusal">
          {refusal}
        </p>
      )}
      <div className="curation-actions">
        <button type="button" onClick={closeCuration}>
          {cx(language, 'cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {cx(language, isNew ? 'create' : 'save')}
        </button>
      </div>
    </>
  );
}
