// A node's relations in the detail panel, grouped by relation kind and direction: outgoing ones read
// with the ontology's label ("is lid van"), incoming ones with its inverse label ("heeft als lid"),
// each with its status; the other end is a button that puts it on the canvas.
import type { EdgeSummary, Language, Neighbourhood, NodeSummary } from '../../../shared/contract';
import { RELATION_KIND_INFO, RELATION_KINDS, STATUS_INFO } from '../../../shared/ontology';
import { tx } from '../i18n/explorerStrings';
import { t } from '../i18n/strings';
import { addNode, selectEdge } from '../state/actions';
import { KindIcon } from './KindIcon';

interface Group {
  readonly key: string;
  readonly phrase: string;
  readonly direction: 'outgoing' | 'incoming';
  readonly items: readonly { readonly edge: EdgeSummary; readonly other: NodeSummary | undefined }[];
}

export function groupRelations(centreId: string, hood: Neighbourhood, language: Language): Group[] {
  const others = new Map(hood.nodes.map((n) => [n.id, n]));
  const groups = new Map<string, Group & { items: Group['items'][number][] }>();
  for (const edge of hood.edges) {
    const direction = edge.source === centreId ? 'outgoing' : 'incoming';
    const key = `${edge.kind}:${direction}`;
    const info = RELATION_KIND_INFO[edge.kind];
    const group = groups.get(key) ?? {
      key,
      phrase: (direction === 'outgoing' ? info.label : info.inverseLabel)[language],
      direction,
      items: [],
    };
    group.items.push({ edge, other: others.get(direction === 'outgoing' ? edge.target : edge.source) });
    groups.set(key, group);
  }
  const order = (g: Group): number => RELATION_KINDS.indexOf(g.key.split(':')[0] as (typeof RELATION_KINDS)[number]);
  return [...groups.values()].sort((a, b) => order(a) - order(b) || a.direction.localeCompare(b.direction) * -1);
}

export function RelationList({
  centreId,
  hood,
  language,
}: {
  readonly centreId: string;
  readonly hood: Neighbourhood;
  readonly language: Language;
}) {
  const groups = groupRelations(centreId, hood, language);
  if (groups.length === 0) return null;
  return (
    <section className="relations" data-testid="detail-relations">
      <h3>
        {t(language, 'relations')} ({hood.total})
      </h3>
      {groups.map((group) => (
        <div key={group.key} className="relation-group">
          <h4>
            {group.phrase} <span className="direction">({tx(language, group.direction)})</span>
          </h4>
          <ul>
            {group.items.map(({ edge, other }) => (
              <li key={edge.id}>
                {other !== undefined && <KindIcon kind={other.kind} />}
                <button
                  type="button"
                  className="link"
                  onClick={() => void addNode(other?.id ?? (edge.source === centreId ? edge.target : edge.source))}
                  aria-label={tx(language, 'showOnCanvas', other?.label[language] ?? '')}
                >
                  {other?.label[language] ?? edge.target}
                </button>
                <button
                  type="button"
                  className="status-chip"
                  onClick={() => void selectEdge(edge.id)}
                  data-status={edge.status}
                  aria-label={`${group.phrase} ${other?.label[language] ?? ''}: ${STATUS_INFO[edge.status].label[language]}`}
                >
                  {STATUS_INFO[edge.status].label[language]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
