// A node's relations in the detail panel, grouped by relation kind and direction: outgoing ones read
// with the ontology's label ("is lid van"), incoming ones with its inverse label ("heeft als lid").
// Each row opens the relation itself (kind, status, dates, quote, source); a small button beside it
// puts the other end on the canvas. The list is one tab stop: arrows move between rows (roving focus),
// → reaches the row's second button.
import { useRef, useState, type KeyboardEvent } from 'react';
import type { EdgeSummary, Language, Neighbourhood, NodeSummary } from '../../../shared/contract';
import {
  PROVENANCE_INFO,
  RELATION_KIND_INFO,
  RELATION_KINDS,
  STATUS_INFO,
  type Provenance,
} from '../../../shared/ontology';
import { ta } from '../i18n/additionStrings';
import { tx } from '../i18n/explorerStrings';
import { t } from '../i18n/strings';
import { addNode, selectEdge } from '../state/actions';
import { KindIcon } from './KindIcon';
import './provenance.css';

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

const ROW_KEYS: Readonly<Record<string, (at: number, count: number) => number>> = {
  ArrowDown: (at, count) => Math.min(at + 1, count - 1),
  ArrowUp: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, count) => count - 1,
};

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
  const [active, setActive] = useState(0);
  const list = useRef<HTMLElement>(null);
  if (groups.length === 0) return null;
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  const current = Math.min(active, count - 1);
  const rows = (): HTMLButtonElement[] => [
    ...(list.current?.querySelectorAll<HTMLButtonElement>('button.relation-open') ?? []),
  ];
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    const target = event.target as HTMLElement;
    const row = target.closest('li');
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      row
        ?.querySelector<HTMLButtonElement>(event.key === 'ArrowRight' ? 'button.link' : 'button.relation-open')
        ?.focus();
    } else {
      const move = ROW_KEYS[event.key];
      if (move === undefined) return;
      const at = rows().findIndex((b) => b.closest('li') === row);
      const next = move(at === -1 ? current : at, count);
      setActive(next);
      rows()[next]?.focus();
    }
    event.preventDefault();
  };
  // Each group's first row's place in the whole list, for the roving focus.
  const starts = groups.map((_, g) => groups.slice(0, g).reduce((n, before) => n + before.items.length, 0));
  return (
    <section className="relations" data-testid="detail-relations" ref={list} onKeyDown={onKeyDown}>
      <h3>
        {t(language, 'relations')} ({hood.total})
      </h3>
      {groups.map((group, g) => (
        <div key={group.key} className="relation-group">
          <h4>
            {group.phrase} <span className="direction">({tx(language, group.direction)})</span>
          </h4>
          <ul>
            {group.items.map(({ edge, other }, i) => {
              const at = (starts[g] ?? 0) + i;
              const otherId = other?.id ?? (edge.source === centreId ? edge.target : edge.source);
              const name = other?.label[language] ?? otherId;
              const status = STATUS_INFO[edge.status].label[language];
              return (
                <li key={edge.id} data-edge-id={edge.id}>
                  <button
                    type="button"
                    className="relation-open"
                    tabIndex={at === current ? 0 : -1}
                    onFocus={() => setActive(at)}
                    onClick={() => void selectEdge(edge.id)}
                    data-testid="relation-open"
                  >
                    {other !== undefined && <KindIcon kind={other.kind} />}
                    {/* The visible words stay in the name, as a speech-input user reads them. */}
                    <span className="visually-hidden">{tx(language, 'openRelation', group.phrase)}</span>{' '}
                    <bdi className="relation-other">{name}</bdi>{' '}
                    <span className="status-chip" data-status={edge.status}>
                      {status}
                    </span>
                    <ProvenanceMark provenance={edge.provenance} language={language} />
                  </button>
                  <button
                    type="button"
                    className="link"
                    tabIndex={-1}
                    onClick={() => void addNode(otherId)}
                    aria-label={tx(language, 'showOnCanvas', name)}
                    title={tx(language, 'showOnCanvas', name)}
                  >
                    ⊕
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

/**
 * A relation that is not the letter's own statement says so: the editorial grouping, or the user's own
 * (in the canvas's purple). Visible, so the mark is in the button's name as well, and spoken with what
 * it means.
 */
function ProvenanceMark({ provenance, language }: { readonly provenance: Provenance; readonly language: Language }) {
  if (provenance === 'stated') return null;
  const isUser = provenance === 'user';
  const title = isUser ? ta(language, 'userTitle') : tx(language, 'editorialTitle');
  return (
    <>
      <span
        className={isUser ? 'provenance-chip provenance-chip-user' : 'provenance-chip'}
        data-provenance={provenance}
        title={title}
        data-testid={`relation-${provenance}`}
      >
        {isUser ? PROVENANCE_INFO.user.label[language] : tx(language, 'editorialMark')}
      </span>
      <span className="visually-hidden">{`, ${title}`}</span>
    </>
  );
}
