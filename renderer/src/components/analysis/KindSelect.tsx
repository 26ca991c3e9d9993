// A multiple choice of node kinds, by their plural names, sorted in the UI language.
import { NODE_KIND_INFO, NODE_KINDS, type NodeKind } from '../../../../shared/ontology';
import { useAtlas } from '../../state/store';

export interface KindSelectProps {
  readonly label: string;
  readonly value: readonly NodeKind[];
  readonly onChange: (kinds: NodeKind[]) => void;
  readonly testId: string;
}

export function KindSelect({ label, value, onChange, testId }: KindSelectProps) {
  const language = useAtlas((s) => s.language);
  const kinds = [...NODE_KINDS].sort((a, b) =>
    NODE_KIND_INFO[a].plural[language].localeCompare(NODE_KIND_INFO[b].plural[language], language),
  );
  return (
    <label className="stacked">
      {label}
      <select
        multiple
        size={5}
        data-testid={testId}
        value={[...value]}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value as NodeKind))}
      >
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {NODE_KIND_INFO[kind].plural[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
