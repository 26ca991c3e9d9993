// The small form after an import: the title, date, author and kind read from the file, for the user
// to check and correct. Checked here against the contract's own rules before anything is sent.
import { useId, useState, type SyntheticEvent } from 'react';
import {
  DOCUMENT_KINDS,
  documentDateSchema,
  type DocumentKind,
  type DocumentSummary,
  type Language,
} from '../../../../shared/contract';
import { dx, kindLabel } from '../../i18n/documentStrings';
import { errorText } from '../../i18n/errorText';
import { updateDocument } from '../../state/documentActions';

interface Problems {
  readonly title?: string;
  readonly date?: string;
}

const isKind = (value: string): value is DocumentKind => (DOCUMENT_KINDS as readonly string[]).includes(value);

export function DocumentDetailsForm({
  document,
  language,
}: {
  readonly document: DocumentSummary;
  readonly language: Language;
}) {
  const [title, setTitle] = useState(document.title);
  const [date, setDate] = useState(document.date ?? '');
  const [author, setAuthor] = useState(document.author ?? '');
  const [kind, setKind] = useState<DocumentKind>(document.kind);
  const [problems, setProblems] = useState<Problems>({});
  const [outcome, setOutcome] = useState<{ saved: boolean; text: string } | null>(null);
  const id = useId();

  const submit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found: Problems = {
      ...(title.trim() === '' ? { title: dx(language, 'titleRequired') } : {}),
      ...(date.trim() !== '' && !documentDateSchema.safeParse(date.trim()).success
        ? { date: dx(language, 'dateInvalid') }
        : {}),
    };
    setProblems(found);
    setOutcome(null);
    if (found.title !== undefined || found.date !== undefined) return;
    updateDocument(document.id, {
      title: title.trim(),
      date: date.trim() === '' ? null : date.trim(),
      author: author.trim() === '' ? null : author.trim(),
      kind,
    }).then(
      (saved) => setOutcome({ saved: true, text: dx(language, 'saved', saved.title) }),
      (error: unknown) => setOutcome({ saved: false, text: errorText(language, error) }),
    );
  };

  const field = (name: keyof Problems) =>
    problems[name] === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': `${id}-${name}-problem` };
  return (
    <form className="document-details" onSubmit={submit} noValidate data-testid="document-details">
      <label htmlFor={`${id}-title`}>{dx(language, 'fieldTitle')}</label>
      <input
        id={`${id}-title`}
        value={title}
        maxLength={300}
        onChange={(e) => setTitle(e.target.value)}
        {...field('title')}
      />
      {problems.title !== undefined && (
        <p id={`${id}-title-problem`} className="field-problem">
          {problems.title}
        </p>
      )}
      <label htmlFor={`${id}-date`}>{dx(language, 'fieldDate')}</label>
      <input
        id={`${id}-date`}
        value={date}
        placeholder={dx(language, 'fieldDateHint')}
        onChange={(e) => setDate(e.target.value)}
        {...field('date')}
      />
      {problems.date !== undefined && (
        <p id={`${id}-date-problem`} className="field-problem">
          {problems.date}
        </p>
      )}
      <label htmlFor={`${id}-author`}>{dx(language, 'fieldAuthor')}</label>
      <input id={`${id}-author`} value={author} maxLength={200} onChange={(e) => setAuthor(e.target.value)} />
      <label htmlFor={`${id}-kind`}>{dx(language, 'fieldKind')}</label>
      <select
        id={`${id}-kind`}
        value={kind}
        onChange={(e) => {
          if (isKind(e.target.value)) setKind(e.target.value);
        }}
      >
        {DOCUMENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {kindLabel(language, k)}
          </option>
        ))}
      </select>
      <button type="submit">{dx(language, 'save')}</button>
      <p role={outcome?.saved === false ? 'alert' : 'status'} className="form-outcome">
        {outcome?.text ?? ''}
      </p>
    </form>
  );
}
