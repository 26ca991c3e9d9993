// Passages of the user's documents under the search box's node suggestions: the matched words
// marked, with the document and page; choosing one opens the viewer at the passage. Options are
// `${id}-p${index}`, so the search box's aria-activedescendant can point at them too.
import { useEffect, useState } from 'react';
import type { DocumentPassage, Language } from '../../../../shared/contract';
import { dx } from '../../i18n/documentStrings';
import { searchPassages } from '../../state/documentActions';

/** The passages for a query, asked after the same pause as the node suggestions; none while it fails. */
export function usePassages(query: string, delayMs: number): { query: string; passages: readonly DocumentPassage[] } {
  const [found, setFound] = useState<{ query: string; passages: readonly DocumentPassage[] }>({
    query: '',
    passages: [],
  });
  useEffect(() => {
    if (query === '') return;
    let latest = true;
    const timer = setTimeout(() => {
      searchPassages(query).then(
        (passages) => latest && setFound({ query, passages }),
        () => latest && setFound({ query, passages: [] }),
      );
    }, delayMs);
    return () => {
      latest = false;
      clearTimeout(timer);
    };
  }, [query, delayMs]);
  return found.query === query ? found : { query, passages: [] };
}

export const passageOptionId = (listId: string, index: number): string => `${listId}-p${String(index)}`;

function marked(passage: DocumentPassage) {
  const parts = [];
  let at = 0;
  for (const h of passage.highlights) {
    if (h.start > at) parts.push(<span key={`t${String(at)}`}>{passage.text.slice(at, h.start)}</span>);
    parts.push(<mark key={`m${String(h.start)}`}>{passage.text.slice(h.start, h.end)}</mark>);
    at = h.end;
  }
  if (at < passage.text.length) parts.push(<span key={`t${String(at)}`}>{passage.text.slice(at)}</span>);
  return parts;
}

export function PassageList({
  id,
  passages,
  active,
  language,
  onChoose,
}: {
  readonly id: string;
  readonly passages: readonly DocumentPassage[];
  /** The active passage's index, or -1 when a node suggestion is active. */
  readonly active: number;
  readonly language: Language;
  readonly onChoose: (passage: DocumentPassage) => void;
}) {
  return (
    <ul id={id} role="listbox" aria-label={dx(language, 'passages')} className="passage-list" data-testid="passages">
      {passages.map((p, index) => (
        <li
          key={`${p.documentId}:${String(p.start)}`}
          id={passageOptionId(id, index)}
          role="option"
          aria-selected={index === active}
          className={index === active ? 'active' : undefined}
          onMouseDown={(e) => {
            e.preventDefault();
            onChoose(p);
          }}
        >
          <span className="passage-text">{marked(p)}</span>
          <span className="passage-where">{dx(language, 'passageWhere', p.title, p.page)}</span>
        </li>
      ))}
    </ul>
  );
}
