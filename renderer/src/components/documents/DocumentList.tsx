// The user's own documents in the side bar: each opens the source viewer on it, and can be deleted
// (a second click confirms: the document and the mentions found in it go for good).
import { useEffect, useState } from 'react';
import { dx, kindLabel } from '../../i18n/documentStrings';
import { openSource } from '../../state/actions';
import { deleteDocument, listDocuments } from '../../state/documentActions';
import { useAtlas } from '../../state/store';
import { ExchangeTools } from '../exchange/ExchangeTools';
import { MyAdditionsButton } from '../curation/CurationLayer';

export function DocumentList() {
  const language = useAtlas((s) => s.language);
  const documents = useAtlas((s) => s.documents);
  const [confirming, setConfirming] = useState<string | null>(null);
  useEffect(() => {
    if (documents === null) void listDocuments();
  }, [documents]);
  return (
    <section className="document-list saved-views" aria-labelledby="document-list-heading" data-testid="document-list">
      <h2 id="document-list-heading">{dx(language, 'documentList')}</h2>
      {documents === null || documents.length === 0 ? (
        <p className="hint">{dx(language, 'documentListEmpty')}</p>
      ) : (
        <ul>
          {documents.map((d) => (
            <li key={d.id}>
              <span className="document-entry">
                <button
                  type="button"
                  className="link"
                  onClick={() => openSource(d.id)}
                  title={dx(language, 'openDocumentNamed', d.title)}
                >
                  <bdi>{d.title}</bdi>
                </button>
                <span className="hint">
                  {dx(language, 'documentListMeta', kindLabel(language, d.kind), d.mentionCount)}
                </span>
              </span>
              {confirming === d.id ? (
                <button
                  type="button"
                  className="remove confirm"
                  onClick={() => {
                    setConfirming(null);
                    void deleteDocument(d.id);
                  }}
                  // Takes the focus from the × it replaces, so the keyboard stays on the row.
                  ref={(button) => button?.focus()}
                  onBlur={() => setConfirming(null)}
                  aria-label={dx(language, 'confirmDeleteNamed', d.title)}
                >
                  {dx(language, 'confirmDelete')}
                </button>
              ) : (
                <button
                  type="button"
                  className="remove"
                  onClick={() => setConfirming(d.id)}
                  aria-label={dx(language, 'deleteDocument', d.title)}
                  title={dx(language, 'deleteDocument', d.title)}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <MyAdditionsButton />
      <ExchangeTools />
    </section>
  );
}
