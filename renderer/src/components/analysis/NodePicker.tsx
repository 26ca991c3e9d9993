// A search-as-you-type picker for one node (a path end, a pattern side): suggestions from the
// search index, arrow keys and Enter to choose; the chosen node shows as a chip that can be cleared.
import { useEffect, useId, useRef, useState } from 'react';
import type { NodeSummary, SearchHit } from '../../../../shared/contract';
import { ta } from '../../i18n/analysisStrings';
import { suggest } from '../../state/actions';
import { useAtlas } from '../../state/store';
import { KindIcon } from '../KindIcon';
import { SuggestionList } from '../SuggestionList';

export interface NodePickerProps {
  readonly label: string;
  readonly value: NodeSummary | null;
  readonly onChange: (node: NodeSummary | null) => void;
  readonly testId?: string;
}

export function NodePicker({ label, value, onChange, testId }: NodePickerProps) {
  const language = useAtlas((s) => s.language);
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ readonly query: string; readonly hits: readonly SearchHit[] }>({
    query: '',
    hits: [],
  });
  const [active, setActive] = useState(0);
  const hits = result.query === text.trim() ? result.hits : [];
  // Choosing swaps the input for a chip and clearing swaps it back: keep the keyboard user's focus
  // on the element that replaced the one they were on.
  const inputRef = useRef<HTMLInputElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (value === null ? inputRef.current : clearRef.current)?.focus();
  }, [value]);

  useEffect(() => {
    const query = text.trim();
    if (query === '') return;
    let current = true;
    void suggest(query)
      .then((found) => {
        if (!current) return;
        setResult({ query, hits: found });
        setActive(0);
      })
      .catch(() => {
        if (current) setResult({ query, hits: [] });
      });
    return () => {
      current = false;
    };
  }, [text]);

  const choose = (hit: SearchHit | undefined): void => {
    if (hit === undefined) return;
    setText('');
    moveFocus.current = true;
    onChange(hit.node);
  };

  if (value !== null) {
    return (
      <div className="node-picker" data-testid={testId}>
        <span className="picker-label">{label}</span>
        <span className="picked" data-testid={testId === undefined ? undefined : `${testId}-value`}>
          <KindIcon kind={value.kind} /> <bdi>{value.label[language]}</bdi>
        </span>
        <button
          type="button"
          className="link"
          ref={clearRef}
          onClick={() => {
            moveFocus.current = true;
            onChange(null);
          }}
        >
          {ta(language, 'clearPick')}
          <span className="visually-hidden"> {label}</span>
        </button>
      </div>
    );
  }

  const showList = text.trim() !== '' && hits.length > 0;
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter') choose(hits[active]);
    // Escape clears a search; in an empty box it is left to what holds the picker (a dialog closes).
    else if (event.key === 'Escape' && text !== '') setText('');
    else return;
    event.preventDefault();
  };
  return (
    <div className="node-picker" data-testid={testId}>
      <label htmlFor={`${id}-input`} className="picker-label">
        {label}
      </label>
      <div className="picker-box">
        <input
          id={`${id}-input`}
          ref={inputRef}
          type="search"
          role="combobox"
          aria-expanded={showList}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={showList ? `${id}-list-${String(active)}` : undefined}
          placeholder={ta(language, 'pickNode')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellCheck={false}
        />
        {showList && (
          <SuggestionList
            id={`${id}-list`}
            label={label}
            hits={hits}
            active={active}
            onChoose={choose}
            className="suggestions"
          />
        )}
      </div>
    </div>
  );
}
