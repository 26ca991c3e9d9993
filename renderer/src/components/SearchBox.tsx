// The search combobox: ranked suggestions as you type (labels, aliases, descriptions), each with its
// kind's shape and colour; arrows to move, Enter to put the node on the canvas. When nothing matches it
// says so and offers near spellings. Ctrl+K or / focuses it from anywhere. It asks only after a pause in
// typing, and an answer for text the box no longer holds is dropped, however late it comes.
import { useEffect, useId, useRef, useState } from 'react';
import type { DocumentPassage, SearchHit } from '../../../shared/contract';
import { tx } from '../i18n/explorerStrings';
import { t } from '../i18n/strings';
import { openNode, openSource, suggest, suggestNearby } from '../state/actions';
import { isHub, openHub } from '../state/expandHub';
import { useAtlas } from '../state/store';
import { SuggestionList } from './SuggestionList';
import { PassageList, passageOptionId, usePassages } from './documents/PassageList';

interface Result {
  readonly query: string;
  readonly hits: readonly SearchHit[];
  /** Near spellings, when the query itself found nothing. */
  readonly nearby: readonly SearchHit[];
}

/** How long typing must pause before the box asks: one request for "Politiezone", not eleven. */
export const SEARCH_DEBOUNCE_MS = 150;

async function lookUp(query: string): Promise<Result> {
  const hits = await suggest(query);
  const nearby = hits.length === 0 ? await suggestNearby(query) : [];
  return { query, hits, nearby };
}

export function SearchBox() {
  const language = useAtlas((s) => s.language);
  const [text, setText] = useState('');
  // Results are kept with the query they answer, so a stale answer is never shown for new text.
  const [result, setResult] = useState<Result>({ query: '', hits: [], nearby: [] });
  const current = result.query === text.trim();
  const options = current ? (result.hits.length > 0 ? result.hits : result.nearby) : [];
  // Passages of the user's documents come after the nodes, in the same arrow-key order.
  const { passages } = usePassages(text.trim(), SEARCH_DEBOUNCE_MS);
  const total = options.length + passages.length;
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  // The list closes a moment after blur, so a click on a suggestion lands first; the timer must not
  // outlive the box (a state update after unmount, or after a test's window is gone).
  const blurTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const listId = useId();
  useEffect(() => () => clearTimeout(blurTimer.current), []);

  useEffect(() => {
    const query = text.trim();
    if (query === '') return;
    // Cleared on the next keystroke: the timer never fires for text that changed, and an answer that
    // arrives after the text changed (a slow "Pol" behind a fast "Politie") is ignored.
    let latest = true;
    const timer = setTimeout(() => {
      lookUp(query).then(
        (found) => {
          if (!latest) return;
          setResult(found);
          setActive(0);
          setOpen(true);
        },
        () => {
          if (latest) setResult({ query, hits: [], nearby: [] });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      latest = false;
      clearTimeout(timer);
    };
  }, [text]);

  useEffect(() => {
    const focusSearch = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      const typing =
        target instanceof HTMLInputElement ||
        target instanceof HTMLTextAreaElement ||
        target instanceof HTMLSelectElement;
      if ((event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', focusSearch);
    return () => window.removeEventListener('keydown', focusSearch);
  }, []);

  const choose = (hit: SearchHit | undefined): void => {
    if (hit === undefined) return;
    setOpen(false);
    setText('');
    // A hub comes with its most connected neighbours and a notice of the rest, not its first page by id.
    void (isHub(hit.node.degree) ? openHub(hit.node.id) : openNode(hit.node.id));
  };

  const choosePassage = (passage: DocumentPassage | undefined): void => {
    if (passage === undefined) return;
    setOpen(false);
    openSource(passage.documentId, passage.start, passage.end);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, total - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter')
      if (active < options.length) choose(options[active]);
      else choosePassage(passages[active - options.length]);
    else if (event.key === 'Escape') setOpen(false);
    else return;
    event.preventDefault();
  };

  const showList = open && text.trim() !== '' && current;
  const empty = result.hits.length === 0;
  const activeId =
    active < options.length
      ? `${listId}-${String(active)}`
      : passageOptionId(`${listId}-passages`, active - options.length);
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
        aria-expanded={showList && total > 0}
        aria-controls={passages.length > 0 ? `${listId} ${listId}-passages` : listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active < total ? activeId : undefined}
        placeholder={t(language, 'searchPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => clearTimeout(blurTimer.current)}
        onBlur={() => {
          clearTimeout(blurTimer.current);
          blurTimer.current = setTimeout(() => setOpen(false), 150);
        }}
        autoComplete="off"
        spellCheck={false}
      />
      {showList && (
        <div className="suggestions" data-testid="suggestions">
          {empty && (
            <p className="empty" role="status">
              {t(language, 'noResults')} “{text.trim()}”
              {result.nearby.length > 0 && <> — {tx(language, 'didYouMean')}</>}
            </p>
          )}
          {options.length > 0 && (
            <SuggestionList
              id={listId}
              label={t(language, 'searchLabel')}
              hits={options}
              active={active}
              onChoose={choose}
            />
          )}
          {passages.length > 0 && (
            <PassageList
              id={`${listId}-passages`}
              passages={passages}
              active={active - options.length}
              language={language}
              onChoose={choosePassage}
            />
          )}
        </div>
      )}
    </div>
  );
}
