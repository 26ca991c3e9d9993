// Switches the source viewer between the bundled sources (the letter) and the user's own documents:
// one select, so a long list of documents is one control, not a tab stop each. The list is asked for
// only when the user comes near the control, so opening a document costs no extra requests.
import { useEffect, useId, useState } from 'react';
import type { Language, SourceMeta } from '../../../../shared/contract';
import { dx } from '../../i18n/documentStrings';
import { openSource } from '../../state/actions';
import { bundledSources, listDocuments } from '../../state/documentActions';
import { useAtlas } from '../../state/store';

/** The switcher of the dialog that shows the document now. */
const SWITCHER = '[data-testid="source-viewer"] .document-switcher select';

/**
 * Opens another document. The letter and the user's documents are different dialogs: the one closing
 * hands the focus back to its opener a tick later, so the switcher in the new one takes it after that.
 */
function switchTo(id: string): void {
  openSource(id);
  setTimeout(() => document.querySelector<HTMLElement>(SWITCHER)?.focus(), 50);
}

export function DocumentSwitcher({
  current,
  currentTitle,
  language,
}: {
  readonly current: string;
  /** Shown until the list has come, and for a source the list does not hold. */
  readonly currentTitle: string;
  readonly language: Language;
}) {
  const documents = useAtlas((s) => s.documents);
  const [sources, setSources] = useState<readonly SourceMeta[]>([]);
  const [wanted, setWanted] = useState(false);
  const id = useId();
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    bundledSources().then(
      (found) => {
        if (live) setSources(found);
      },
      () => undefined, // without the list the viewer still shows the open document
    );
    if (documents === null) void listDocuments();
    return () => {
      live = false;
    };
  }, [wanted, documents]);
  const known = sources.some((s) => s.id === current) || (documents ?? []).some((d) => d.id === current);
  const want = (): void => setWanted(true);
  return (
    <span className="document-switcher">
      <label htmlFor={id} className="visually-hidden">
        {dx(language, 'documentChooser')}
      </label>
      <select
        id={id}
        value={current}
        onFocus={want}
        onPointerEnter={want}
        onChange={(event) => switchTo(event.target.value)}
      >
        {!known && <option value={current}>{currentTitle}</option>}
        {sources.length > 0 && (
          <optgroup label={dx(language, 'bundledSources')}>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title[language]}
              </option>
            ))}
          </optgroup>
        )}
        {documents !== null && documents.length > 0 && (
          <optgroup label={dx(language, 'userDocuments')}>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </span>
  );
}
