// The actors a document mentions, the most mentioned first, with their counts: each can be put on
// the canvas, or all at once. The list is one tab stop (arrows move), however many actors it holds.
import { useEffect, useRef } from 'react';
import type { DocumentMentions, Language } from '../../../../shared/contract';
import { dx } from '../../i18n/documentStrings';
import { addToCanvas } from '../../state/documentActions';
import { useAtlas } from '../../state/store';
import { KindIcon } from '../KindIcon';
import { moveRoving, setRovingStop } from '../useRovingFocus';

const STOPS = 'button.add-one';

export function MentionsPanel({
  mentions,
  language,
}: {
  readonly mentions: DocumentMentions;
  readonly language: Language;
}) {
  const shown = useAtlas((s) => s.nodes);
  const list = useRef<HTMLUListElement>(null);
  const { nodes } = mentions;
  useEffect(() => {
    if (list.current !== null) setRovingStop(list.current, STOPS, null);
  }, [nodes]);
  return (
    <section className="mentions-panel" aria-labelledby="mentions-panel-title" data-testid="mentions-panel">
      <h3 id="mentions-panel-title">{dx(language, 'mentionsPanel')}</h3>
      {nodes.length === 0 ? (
        <p className="empty">{dx(language, 'noMentions')}</p>
      ) : (
        <>
          <button type="button" className="add-all" onClick={() => void addToCanvas(nodes.map((n) => n.nodeId))}>
            {dx(language, 'addAllToCanvas', nodes.length)}
          </button>
          <ul
            ref={list}
            onKeyDown={(event) => {
              if (list.current !== null) moveRoving(list.current, STOPS, event);
            }}
          >
            {nodes.map((n) => (
              <li key={n.nodeId} data-node-id={n.nodeId} className={shown.has(n.nodeId) ? 'on-canvas' : undefined}>
                <KindIcon kind={n.kind} />
                <bdi className="mention-label">{n.label[language]}</bdi>
                <span className="mention-count" aria-label={dx(language, 'mentionsCountLabel', n.count)}>
                  {dx(language, 'mentionsCount', n.count)}
                </span>
                <button
                  type="button"
                  className="add-one"
                  tabIndex={-1}
                  aria-label={dx(language, 'addToCanvasLabel', n.label[language])}
                  onClick={() => void addToCanvas([n.nodeId])}
                >
                  {dx(language, 'addToCanvas')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
