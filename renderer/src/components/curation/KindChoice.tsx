// The relation form's choice of kind: only the kinds the ontology allows between the chosen ends,
// each read in its direction between their labels; a word on what to do when there are none yet.
import type { Language, NodeSummary } from '../../../../shared/contract';
import { NODE_KIND_INFO, type RelationKind } from '../../../../shared/ontology';
import { cx } from '../../i18n/curationStrings';
import { relationPhrase } from '../../i18n/relationPhrase';

/** "Europol — is lid van → EMPACT": the kind read in its direction between the chosen ends. */
export const kindPhrase = (source: NodeSummary, kind: RelationKind, target: NodeSummary, language: Language): string =>
  relationPhrase(source.label[language], kind, target.label[language], language);

export function KindChoice({
  id,
  source,
  target,
  allowed,
  value,
  onChange,
  language,
}: {
  readonly id: string;
  readonly source: NodeSummary | null;
  readonly target: NodeSummary | null;
  readonly allowed: readonly RelationKind[];
  readonly value: RelationKind | null;
  readonly onChange: (kind: RelationKind) => void;
  readonly language: Language;
}) {
  if (source === null || target === null)
    return (
      <output id={id} className="hint">
        {cx(language, 'chooseEnds')}
      </output>
    );
  if (allowed.length === 0)
    return (
      <output id={id} className="field-problem" data-testid="no-relation-kinds">
        {cx(
          language,
          'noKinds',
          NODE_KIND_INFO[source.kind].label[language],
          NODE_KIND_INFO[target.kind].label[language],
        )}
      </output>
    );
  return (
    <select
      id={id}
      value={value ?? ''}
      onChange={(e) => {
        const picked = allowed.find((k) => k === e.target.value);
        if (picked !== undefined) onChange(picked);
      }}
      data-testid="relation-kind"
    >
      {allowed.map((k) => (
        <option key={k} value={k}>
          {kindPhrase(source, k, target, language)}
        </option>
      ))}
    </select>
  );
}
