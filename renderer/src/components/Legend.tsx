// The legend, generated from the same tables as the canvas's style: each node kind on screen with its
// shape and colour (NODE_KIND_INFO), each relation status on screen with its line (STATUS_LINE). It
// sits on the canvas, in a corner, where the eye already is; it folds away to its title, and starts
// folded when the canvas is small. The canvas's fit and key labels keep clear of it (data-canvas-obstacle,
// see components/canvas/canvasObstacles.ts), it folds itself when new content cannot be fitted around it,
// and the user's fold or unfold is remembered between sessions.
import { ChevronDown, ChevronUp } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { NODE_KIND_INFO, STATUS_INFO } from '../../../shared/ontology';
import { STATUS_LINE, svgDash } from '../canvas/graphStyle';
import { tx } from '../i18n/explorerStrings';
import { tl } from '../i18n/lookStrings';
import { selectLegendEntries, selectVisibleGraph } from '../state/selectors';
import { useAtlas } from '../state/store';
import { CARD_COVERS, OBSTACLE_ATTRIBUTE } from './canvas/canvasObstacles';
import { KindIcon } from './KindIcon';
import { rememberLegendOpen, rememberedLegendOpen } from './legendPreference';
import { LegendProvenance } from './LegendProvenance';
import { useRoomy } from './useRoomy';

/** More kinds than this on screen and the legend starts folded. */
const CROWDED = 10;

export function Legend() {
  const language = useAtlas((s) => s.language);
  const { kinds, statuses } = selectLegendEntries(useAtlas(selectVisibleGraph));
  // Open on a roomy canvas, folded on a small one (the detail panel or the analysis drawer open, a small
  // window): there the open card would take a fifth of the canvas, and the fit would have to shrink the
  // network to clear it. Once the user folds or opens it, that choice holds, this session and the next.
  const { ref, isRoomy } = useRoomy(720, 520);
  const [choice, setChoice] = useState<boolean | null>(rememberedLegendOpen);
  // The whole-network overview (many kinds) starts folded too: there the card would cover the key
  // labels, and the side bar's kind filters already show every kind's shape and colour.
  const isOpen = choice ?? (isRoomy && kinds.length <= CROWDED);
  // When the network cannot be fitted around the open card (a small canvas), the card folds itself for
  // now, unless the user opened it by hand in this session; the remembered preference stays as it was.
  const [isByHand, setByHand] = useState(false);
  const [card, setCard] = useState<HTMLElement | null>(null);
  const attach = useCallback(
    (element: HTMLElement | null) => {
      ref(element);
      setCard(element);
    },
    [ref],
  );
  useEffect(() => {
    if (card === null || isByHand) return;
    const fold = (): void => setChoice(false);
    card.addEventListener(CARD_COVERS, fold);
    return () => card.removeEventListener(CARD_COVERS, fold);
  }, [card, isByHand]);
  if (kinds.length === 0) return null;
  return (
    <section
      ref={attach}
      className="legend"
      aria-labelledby="legend-heading"
      data-testid="legend"
      {...{ [OBSTACLE_ATTRIBUTE]: '' }}
    >
      <div className="legend-head">
        <h2 id="legend-heading">{tx(language, 'legend')}</h2>
        <button
          type="button"
          className="btn-icon btn-ghost"
          aria-expanded={isOpen}
          aria-controls="legend-body"
          aria-label={tl(language, isOpen ? 'legendCollapse' : 'legendExpand')}
          title={tl(language, isOpen ? 'legendCollapse' : 'legendExpand')}
          onClick={() => {
            setChoice(!isOpen);
            setByHand(!isOpen);
            rememberLegendOpen(!isOpen);
          }}
        >
          {isOpen ? (
            <ChevronDown aria-hidden="true" focusable="false" />
          ) : (
            <ChevronUp aria-hidden="true" focusable="false" />
          )}
        </button>
      </div>
      <div id="legend-body" className="legend-body" hidden={!isOpen}>
        {/* Many kinds (the overview) go in two columns, so the card stays low and covers less of the network. */}
        <ul className={kinds.length > 8 ? 'legend-columns' : undefined}>
          {kinds.map((kind) => (
            <li key={kind} data-kind={kind}>
              <KindIcon kind={kind} /> {NODE_KIND_INFO[kind].label[language]}
            </li>
          ))}
        </ul>
        {statuses.length > 0 && (
          <>
            <h3>{tx(language, 'statusLines')}</h3>
            <ul className={statuses.length > 3 ? 'legend-columns' : undefined}>
              {statuses.map((status) => {
                const line = STATUS_LINE[status];
                return (
                  <li key={status} data-status={status}>
                    <svg width="28" height="8" aria-hidden="true" focusable="false">
                      <line
                        x1="1"
                        y1="4"
                        x2="27"
                        y2="4"
                        stroke="#5f5f5f"
                        strokeWidth="2"
                        strokeOpacity={line.opacity}
                        strokeDasharray={svgDash(line)}
                        strokeLinecap={line.style === 'dotted' ? 'round' : 'butt'}
                      />
                    </svg>{' '}
                    {STATUS_INFO[status].label[language]}
                  </li>
                );
              })}
            </ul>
          </>
        )}
        <LegendProvenance />
      </div>
    </section>
  );
}
