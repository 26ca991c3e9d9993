// The legend's provenance entries: the editorial line while an editorial grouping is on screen, the
// user's mark while one of their additions is, each drawn with the canvas's own style (EDITORIAL_LINE,
// USER_MARK), so neither the curator's grouping nor the user's addition is read as the letter's words.
import { EDITORIAL_LINE, USER_MARK, svgDash } from '../canvas/graphStyle';
import { ta } from '../i18n/additionStrings';
import { tx } from '../i18n/explorerStrings';
import { selectVisibleGraph } from '../state/selectors';
import { useAtlas } from '../state/store';
import type { Provenance } from '../../../shared/ontology';

/** Whether any visible node or relation has this provenance. */
const useVisible = (provenance: Provenance): boolean =>
  useAtlas((s) => {
    const visible = selectVisibleGraph(s);
    return (
      visible.edges.some((e) => e.provenance === provenance) || visible.nodes.some((n) => n.provenance === provenance)
    );
  });

export function LegendProvenance() {
  const language = useAtlas((s) => s.language);
  const hasEditorial = useVisible('editorial');
  const hasUser = useVisible('user');
  if (!hasEditorial && !hasUser) return null;
  return (
    <>
      <h3>{tx(language, 'provenance')}</h3>
      <ul>
        {hasEditorial && (
          <li data-provenance="editorial">
            <svg width="28" height="8" aria-hidden="true" focusable="false">
              <line
                x1="1"
                y1="4"
                x2="27"
                y2="4"
                stroke={EDITORIAL_LINE.colour}
                strokeWidth="2"
                strokeDasharray={svgDash({ style: EDITORIAL_LINE.style, opacity: 1 })}
                strokeLinecap="round"
              />
            </svg>{' '}
            {tx(language, 'editorialLine')}
          </li>
        )}
        {hasUser && (
          <li data-provenance="user">
            <svg width="28" height="12" aria-hidden="true" focusable="false">
              <line x1="1" y1="6" x2="15" y2="6" stroke={USER_MARK.colour} strokeWidth={USER_MARK.width} />
              <circle cx="21" cy="6" r="4.5" fill="none" stroke={USER_MARK.colour} strokeWidth="1" />
              <circle cx="21" cy="6" r="2.5" fill="none" stroke={USER_MARK.colour} strokeWidth="1" />
            </svg>{' '}
            {ta(language, 'userLegend')}
          </li>
        )}
      </ul>
    </>
  );
}
