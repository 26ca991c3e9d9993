// One side of a pattern: any node of some kinds (none chosen: any node), or one node picked by search.
import { useId } from 'react';
import type { NodeSummary } from '../../../../shared/contract';
import type { PatternEnd } from '../../../../shared/analysis/patternQuery';
import { NODE_KIND_INFO, NODE_KINDS, type NodeKind } from '../../../../shared/ontology';
import { ta } from '../../i18n/analysisStrings';
import { useAtlas } from '../../state/store';
import { NodePicker } from './NodePicker';

export interface PatternEndEditorProps {
  readonly legend: string;
  readonly end: PatternEnd;
  /** The picked node's summary when the end is a node, for showing its label. */
  readonly node: NodeSummary | null;
  readonly onChange: (end: PatternEnd, node: NodeSummary | null) => void;
  readonly testId: string;
}

export function PatternEndEditor({ legend, end, node, onChange, testId }: PatternEndEditorProps) {
  const language = useAtlas((s) => s.language);
  const id = useId();
  const sortedKinds = [...NODE_KINDS].sort((a, b) =>
    NODE_KIND_INFO[a].plural[language].localeCompare(NODE_KIND_INFO[b].plural[language], language),
  );
  return (
    <fieldset className="pattern-end" data-testid={testId}>
      <legend>{legend}</legend>
      <div role="radiogroup" className="end-mode">
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={end.type === 'kinds'}
            onChange={() => onChange({ type: 'kinds', kinds: [] }, null)}
          />{' '}
          {ta(language, 'endKinds')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={end.type === 'node'}
            onChange={() => onChange({ type: 'node', id: node?.id ?? '' }, node)}
          />{' '}
          {ta(language, 'endNode')}
        </label>
      </div>
      {end.type === 'kinds' ? (
        <select
          multiple
          size={5}
          aria-label={`${legend}: ${ta(language, 'endKinds')}`}
          data-testid={`${testId}-kinds`}
          value={[...end.kinds]}
          onChange={(e) =>
            onChange({ type: 'kinds', kinds: [...e.target.selectedOptions].map((o) => o.value as NodeKind) }, null)
          }
        >
          {sortedKinds.map((kind) => (
            <option key={kind} value={kind}>
              {NODE_KIND_INFO[kind].plural[language]}
            </option>
          ))}
        </select>
      ) : (
        <NodePicker
          label={legend}
          value={node}
          onChange={(picked) => onChange({ type: 'node', id: picked?.id ?? '' }, picked)}
          testId={`${testId}-node`}
        />
      )}
    </fieldset>
  );
}
