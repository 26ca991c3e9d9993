// The search combobox: suggestions as you type, arrow keys to move, Enter to open a node.
import { useEffect, useId, useRef, useState } from 'react';
import type { SearchHit } from '../../../shared/contract';
import { NODE_KIND_INFO } from '../../../shared/ontology';
import { openNode, suggest } from '../state/actions';
import { useAtlas } from '../state/store';
import { t } from '../i18n/strings';

export function SearchBox() {
  const language = useAtlas((s) => s.language);
  const [text, setText] = useState('');
  // Results are kept with the query they answer, so a stale answer is never shown for new text.
  const [result, setResult] = useState<{ readonly query: string; readonly hits: readonly SearchHit[] }>({
    query: '',
    hits: [],
  });
  const hits = result.query === text.trim() ? result.hits : [];
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    const query = text.trim();
    if (query === '') return;
    let current = true;
    void suggest(query)
      .then((found) => {
        if (!current) return;
        setResult({ query, hits: found });
        setActive(0);
        setOpen(true);
      })
      .catch(() => {
        if (current) setResult({ query, hits: [] });
      });
    return () => {
      current = false;
    };
  }, [text]);

  useEffect(() => {
    const focusSearch = (event: KeyboardEvent): void => {
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
        event.preventDefault();
        inputRef.current?.focus();
      }
    };
    window.addEventListener('keydown', focusSearch);
    return () => window.removeEventListener('keydown', focusSearch);
  }, []);

  const choose = (hit: SearchHit | undefined): void => {
    if (hit === undefined) return;
    setOpen(false);
    setText('');
    void openNode(hit.node.id);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter') choose(hits[active]);
    else if (event.key === 'Escape') setOpen(false);
    else return;
    event.preventDefault();
  };

  const showList = open && text.trim() !== '';
  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t(language, 'searchLabel')}
      </label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] !== undefined ? `${listId}-${String(active)}` : undefined}
        placeholder={t(language, 'searchPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        autoComplete="off"
        spellCheck={false}
      />
      {showList && (
        <ul id={listId} role="listbox" className="suggestions" aria-label={t(language, 'searchLabel')}>
          {hits.length === 0 && (
            <li className="empty" role="option" aria-selected={false} aria-disabled>
              {t(language, 'noResults')} “{text.trim()}”
            </li>
          )}
          {hits.map((hit, index) => (
            <li
              key={hit.node.id}
              id={`${listId}-${String(index)}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit);
              }}
            >
              <KindMark kind={hit.node.kind} />
              <span className="hit-label">{hit.node.label[language]}</span>
              {hit.matched !== hit.node.label[language] && <span className="hit-matched">{hit.matched}</span>}
              <span className="hit-kind">{NODE_KIND_INFO[hit.node.kind].label[language]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function KindMark({ kind }: { readonly kind: keyof typeof NODE_KIND_INFO }) {
  const info = NODE_KIND_INFO[kind];
  return (
    <span className={`kind-mark shape-${info.shape}`} style={{ backgroundColor: info.colour }} aria-hidden="true" />
  );
}
