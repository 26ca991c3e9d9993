// The legend's provenance entry: shown while an editorial grouping is on screen, drawn with the
// canvas's own editorial line (EDITORIAL_LINE), so the curator's grouping is never read as the letter's words.
import { EDITORIAL_LINE, svgDash } from '../canvas/graphStyle';
import { tx } from '../i18n/explorerStrings';
import { selectVisibleGraph } from '../state/selectors';
import { useAtlas } from '../state/store';

export function LegendProvenance() {
  const language = useAtlas((s) => s.language);
  const hasEditorial = useAtlas((s) => {
    const visible = selectVisibleGraph(s);
    return (
      visible.edges.some((e) => e.provenance === 'editorial') || visible.nodes.some((n) => n.provenance === 'editorial')
    );
  });
  if (!hasEditorial) return null;
  return (
    <>
      <h3>{tx(language, 'provenance')}</h3>
      <ul>
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
      </ul>
    </>
  );
}
