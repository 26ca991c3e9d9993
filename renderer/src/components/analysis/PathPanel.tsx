// Paths between two nodes: two pickers, the hop and path caps, what to avoid, the search; the paths drawn on the
// canvas (by the action), listed with quotes that open the letter, and told as memo text with a
// Copy button, in the UI language.
import { useRef, useState } from 'react';
import type { FilterSpec } from '../../../../shared/filters/graphFilter';
import { pathText } from '../../analysis/pathText';
import { ta } from '../../i18n/analysisStrings';
import { copyText, findPaths } from '../../state/analysisActions';
import { setPathEnd } from '../../state/analysisSlice';
import { apply, useAtlas } from '../../state/store';
import { NodePicker } from './NodePicker';
import { PathAvoid } from './PathAvoid';
import { PathList } from './PathList';

export function PathPanel({ filters }: { readonly filters: FilterSpec }) {
  const language = useAtlas((s) => s.language);
  const from = useAtlas((s) => s.analysis.pathFrom);
  const to = useAtlas((s) => s.analysis.pathTo);
  const result = useAtlas((s) => s.analysis.paths);
  const titles = useAtlas((s) => s.analysis.sourceTitles);
  const busy = useAtlas((s) => s.analysis.busy === 'paths');
  const [maxHops, setMaxHops] = useState(4);
  const [maxPaths, setMaxPaths] = useState(5);
  const [copied, setCopied] = useState(false);
  const textRef = useRef<HTMLPreElement>(null);
  const text = result === null ? null : pathText(result, { language, sourceTitles: titles });

  return (
    <div className="path-panel" data-testid="path-panel">
      <p className="hint">{ta(language, 'pathHint')}</p>
      <div className="row">
        <NodePicker
          label={ta(language, 'pathFrom')}
          value={from}
          onChange={(node) => apply(setPathEnd('from', node))}
          testId="path-from"
        />
        <NodePicker
          label={ta(language, 'pathTo')}
          value={to}
          onChange={(node) => apply(setPathEnd('to', node))}
          testId="path-to"
        />
        <CapSelect label={ta(language, 'maxHops')} value={maxHops} max={6} onChange={setMaxHops} />
        <CapSelect label={ta(language, 'maxPaths')} value={maxPaths} max={10} onChange={setMaxPaths} />
        <button
          type="button"
          className="primary"
          disabled={from === null || to === null || busy}
          onClick={() => {
            setCopied(false);
            void findPaths(filters, maxHops, maxPaths);
          }}
        >
          {busy ? ta(language, 'searching') : ta(language, 'findPaths')}
        </button>
      </div>
      <PathAvoid />
      <p className="hint">{ta(language, 'filtersApply')}</p>
      {result !== null && text !== null && (
        <div className="path-results">
          <PathList result={result} language={language} />
          <section className="memo" aria-label={ta(language, 'pathText')}>
            <div className="row">
              <h3>{ta(language, 'pathText')}</h3>
              <button
                type="button"
                onClick={() => {
                  void copyText(text).then((done) => {
                    setCopied(done);
                    // Without clipboard access, select the text so Ctrl+C copies it.
                    if (!done && textRef.current !== null) window.getSelection()?.selectAllChildren(textRef.current);
                  });
                }}
              >
                {copied ? ta(language, 'copied') : ta(language, 'copy')}
              </button>
            </div>
            <pre className="memo-text" data-testid="path-text" ref={textRef}>
              {text}
            </pre>
          </section>
        </div>
      )}
    </div>
  );
}

function CapSelect(props: {
  readonly label: string;
  readonly value: number;
  readonly max: number;
  readonly onChange: (value: number) => void;
}) {
  return (
    <label className="inline">
      {props.label}{' '}
      <select value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {Array.from({ length: props.max }, (_, i) => i + 1).map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}
