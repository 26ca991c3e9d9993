// The suggestions under a search-as-you-type box (the main search, the analysis node pickers): each
// node with its kind's mark, its name, the alias that matched when that is not the name, and its kind.
// Options are `${id}-${index}`, so the box can point aria-activedescendant at the active one. A node
// the user made is marked as theirs, as everywhere else.
import type { SearchHit } from '../../../shared/contract';
import { NODE_KIND_INFO, PROVENANCE_INFO } from '../../../shared/ontology';
import { ta } from '../i18n/additionStrings';
import { useAtlas } from '../state/store';
import { KindIcon } from './KindIcon';
import './provenance.css';

export interface SuggestionListProps {
  readonly id: string;
  readonly label: string;
  readonly hits: readonly SearchHit[];
  readonly active: number;
  readonly onChoose: (hit: SearchHit) => void;
  readonly className?: string;
}

export function SuggestionList({ id, label, hits, active, onChoose, className }: SuggestionListProps) {
  const language = useAtlas((s) => s.language);
  return (
    <ul id={id} role="listbox" aria-label={label} className={className}>
      {hits.map((hit, index) => (
        <li
          key={hit.node.id}
          id={`${id}-${String(index)}`}
          role="option"
          aria-selected={index === active}
          className={index === active ? 'active' : undefined}
          onMouseDown={(e) => {
            // Keep the focus in the box: choosing must not blur it first.
            e.preventDefault();
            onChoose(hit);
          }}
        >
          <KindIcon kind={hit.node.kind} />
          <bdi className="hit-label">{hit.node.label[language]}</bdi>
          {hit.matched !== hit.node.label[language] && <bdi className="hit-matched">{hit.matched}</bdi>}
          {hit.node.provenance === 'user' && (
            <span className="provenance-chip provenance-chip-user" title={ta(language, 'userTitle')}>
              {PROVENANCE_INFO.user.label[language]}
            </span>
          )}
          <span className="hit-kind">{NODE_KIND_INFO[hit.node.kind].label[language]}</span>
        </li>
      ))}
    </ul>
  );
}
