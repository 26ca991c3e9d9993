// The pattern builder: [node or kinds] —[relation kinds]→ [node or kinds], direction, status and
// year; runs the query, shows the table, and the action puts the results on the canvas.
import { useState } from 'react';
import type { NodeSummary } from '../../../../shared/contract';
import type { PatternDirection, PatternQuery } from '../../../../shared/analysis/patternQuery';
import {
  RELATION_KIND_INFO,
  RELATION_KINDS,
  STATUS_INFO,
  STATUSES,
  type NodeKind,
  type RelationKind,
} from '../../../../shared/ontology';
import { relationKindsBetween } from '../../analysis/relationChoices';
import { ta } from '../../i18n/analysisStrings';
import { runPattern } from '../../state/analysisActions';
import { useAtlas } from '../../state/store';
import { PatternEndEditor } from './PatternEndEditor';
import { PatternTable } from './PatternTable';

const DIRECTIONS: readonly PatternDirection[] = ['forward', 'backward', 'either'];

/** A node end is complete once a node is picked; kinds ends always are. */
const isComplete = (query: PatternQuery): boolean =>
  [query.subject, query.object].every((end) => end.type === 'kinds' || end.id !== '');

export function PatternBuilder() {
  const language = useAtlas((s) => s.language);
  const saved = useAtlas((s) => s.analysis.pattern);
  const result = useAtlas((s) => s.analysis.patternResult);
  const busy = useAtlas((s) => s.analysis.busy === 'pattern');
  const known = useAtlas((s) => s.nodes);
  const [draft, setDraft] = useState<PatternQuery>(saved);
  const [picked, setPicked] = useState<{ subject: NodeSummary | null; object: NodeSummary | null }>({
    subject: null,
    object: null,
  });
  const nodeOf = (side: 'subject' | 'object'): NodeSummary | null => {
    const end = draft[side];
    if (end.type !== 'node' || end.id === '') return null;
    return picked[side]?.id === end.id ? picked[side] : (known.get(end.id) ?? null);
  };
  // The year is typed digit by digit: keep the text, and read it into the query only when it is a year.
  const [yearText, setYearText] = useState(saved.asOfYear === undefined ? '' : String(saved.asOfYear));
  const withYear = (query: PatternQuery): PatternQuery => {
    const year = Number.parseInt(yearText, 10);
    const { asOfYear: _old, ...rest } = query;
    return Number.isInteger(year) && year >= 1900 && year <= 2100 ? { ...rest, asOfYear: year } : rest;
  };
  const update = (changes: Partial<PatternQuery>): void => setDraft((d) => ({ ...d, ...changes }));
  const endEditor = (side: 'subject' | 'object') => (
    <PatternEndEditor
      legend={ta(language, side)}
      end={draft[side]}
      node={nodeOf(side)}
      testId={`pattern-${side}`}
      onChange={(end, node) => {
        update({ [side]: end });
        setPicked((p) => ({ ...p, [side]: node }));
      }}
    />
  );
  const kindsOf = (side: 'subject' | 'object'): readonly NodeKind[] | null => {
    const end = draft[side];
    if (end.type === 'kinds') return end.kinds.length === 0 ? null : end.kinds;
    const node = nodeOf(side);
    return node === null ? null : [node.kind];
  };
  // The ontology's allowed kinds between the two sides, plus any already chosen.
  const allowed = relationKindsBetween(kindsOf('subject'), kindsOf('object'), draft.direction);
  const relationKinds = RELATION_KINDS.filter((k) => allowed.includes(k) || draft.relationKinds.includes(k)).sort(
    (a, b) => RELATION_KIND_INFO[a].label[language].localeCompare(RELATION_KIND_INFO[b].label[language], language),
  );

  return (
    <form
      className="pattern-builder"
      data-testid="pattern-builder"
      onSubmit={(e) => {
        e.preventDefault();
        if (isComplete(draft)) void runPattern(withYear(draft));
      }}
    >
      <div className="row pattern-row">
        {endEditor('subject')}
        <label className="stacked">
          {ta(language, 'relationKinds')}
          <select
            multiple
            size={6}
            data-testid="pattern-relations"
            value={[...draft.relationKinds]}
            onChange={(e) =>
              update({ relationKinds: [...e.target.selectedOptions].map((o) => o.value as RelationKind) })
            }
          >
            {relationKinds.map((kind) => (
              <option key={kind} value={kind}>
                {RELATION_KIND_INFO[kind].label[language]}
              </option>
            ))}
          </select>
        </label>
        {endEditor('object')}
      </div>
      <div className="row">
        <label className="inline">
          {ta(language, 'direction')}{' '}
          <select
            value={draft.direction}
            data-testid="pattern-direction"
            onChange={(e) => update({ direction: e.target.value as PatternDirection })}
          >
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {ta(language, d)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="inline statuses">
          <legend>{ta(language, 'statuses')}</legend>
          {STATUSES.map((status) => (
            <label key={status}>
              <input
                type="checkbox"
                checked={draft.statuses.includes(status)}
                onChange={(e) =>
                  update({
                    statuses: e.target.checked
                      ? [...draft.statuses, status]
                      : draft.statuses.filter((s) => s !== status),
                  })
                }
              />{' '}
              {STATUS_INFO[status].label[language]}
            </label>
          ))}
        </fieldset>
        <label className="inline">
          {ta(language, 'asOfYear')}{' '}
          <input
            type="number"
            min={1900}
            max={2100}
            className="year"
            value={yearText}
            onChange={(e) => setYearText(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={busy || !isComplete(draft)}>
          {busy ? ta(language, 'searching') : ta(language, 'runPattern')}
        </button>
      </div>
      {result !== null && <PatternTable result={result} />}
    </form>
  );
}
