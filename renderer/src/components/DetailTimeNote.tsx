// What the detail panel says about the year and the provenance of the element it shows: hidden by
// the "as of" year (then nothing else is shown, so a hidden node never looks visible), undated in
// that year, or the curator's editorial grouping rather than the letter's words.
import type { Language } from '../../../shared/contract';
import { holdingIn, relationHoldingIn, type Holding } from '../../../shared/filters/asOf';
import { PROVENANCE_INFO, type Provenance } from '../../../shared/ontology';
import { tx } from '../i18n/explorerStrings';
import { useAtlas } from '../state/store';
import type { Detail } from '../state/uiSlice';

/** How the shown element stands in the applied year; 'holds' when no year is applied. */
export function useDetailHolding(detail: Detail): { year: number | undefined; holding: Holding } {
  const year = useAtlas((s) => s.filters.asOfYear);
  const nodes = useAtlas((s) => s.nodes);
  if (year === undefined || detail === null) return { year, holding: 'holds' };
  if (detail.type === 'node') return { year, holding: holdingIn(detail.node, year) };
  const { edge } = detail;
  const source = nodes.get(edge.source) ?? { status: null, dates: {} };
  const target = nodes.get(edge.target) ?? { status: null, dates: {} };
  return { year, holding: relationHoldingIn(edge, source, target, year) };
}

export function HiddenByYear({ year, language }: { readonly year: number; readonly language: Language }) {
  return (
    <p className="detail-hidden" data-testid="detail-hidden-by-year" role="status">
      {tx(language, 'hiddenByYear', year)}
    </p>
  );
}

export function DetailTimeNote(props: {
  readonly holding: Holding;
  readonly year: number | undefined;
  readonly provenance: Provenance;
  readonly language: Language;
}) {
  const { holding, year, provenance, language } = props;
  return (
    <>
      {provenance === 'editorial' && (
        <p className="detail-provenance" data-testid="detail-provenance">
          {PROVENANCE_INFO.editorial.label[language]}
        </p>
      )}
      {holding === 'undated' && year !== undefined && (
        <p className="detail-undated" data-testid="detail-undated">
          {tx(language, 'undatedInYear', year)}
        </p>
      )}
    </>
  );
}
