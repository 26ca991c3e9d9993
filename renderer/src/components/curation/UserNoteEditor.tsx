// The user's note on a node or relation in the detail panel: shown as the user's own words (never
// as the source's), added, edited and removed in place (note.set; an empty text removes it).
import { useId, useState } from 'react';
import type { Language, UserNote } from '../../../../shared/contract';
import { cx } from '../../i18n/curationStrings';
import { errorText } from '../../i18n/errorText';
import { saveNote } from '../../state/curationActions';

export function UserNoteEditor({
  targetId,
  note,
  language,
}: {
  readonly targetId: string;
  readonly note: UserNote | undefined;
  readonly language: Language;
}) {
  const id = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ readonly ok: boolean; readonly text: string } | null>(null);
  const save = (text: string): void => {
    saveNote(targetId, text).then(
      () => {
        setEditing(null);
        setOutcome({ ok: true, text: cx(language, text.trim() === '' ? 'noteRemoved' : 'noteSaved') });
      },
      (error: unknown) => setOutcome({ ok: false, text: errorText(language, error) }),
    );
  };
  return (
    <section className="user-note" aria-labelledby={`${id}-heading`} data-testid="user-note">
      <h3 id={`${id}-heading`}>
        {cx(language, 'userNote')} <span className="user-note-own">({cx(language, 'userNoteOwn')})</span>
      </h3>
      {editing === null ? (
        <>
          {note !== undefined && (
            <p className="user-note-text" data-testid="user-note-text">
              <bdi>{note.text}</bdi>
            </p>
          )}
          <p className="user-note-actions">
            <button type="button" className="link" onClick={() => setEditing(note?.text ?? '')}>
              {cx(language, note === undefined ? 'addNote' : 'editNote')}
            </button>
            {note !== undefined && (
              <button type="button" className="link" onClick={() => save('')}>
                {cx(language, 'removeNote')}
              </button>
            )}
          </p>
        </>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save(editing);
          }}
        >
          <label htmlFor={`${id}-text`} className="visually-hidden">
            {cx(language, 'userNote')}
          </label>
          <textarea
            id={`${id}-text`}
            value={editing}
            maxLength={2000}
            rows={3}
            onChange={(e) => setEditing(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setEditing(null);
              }
            }}
            ref={(el) => el?.focus({ preventScroll: true })}
          />
          <p className="user-note-actions">
            <button type="submit">{cx(language, 'saveNote')}</button>
            <button type="button" onClick={() => setEditing(null)}>
              {cx(language, 'cancel')}
            </button>
          </p>
        </form>
      )}
      <p role={outcome?.ok === false ? 'alert' : 'status'} className="form-outcome">
        {outcome?.text ?? ''}
      </p>
    </section>
  );
}
