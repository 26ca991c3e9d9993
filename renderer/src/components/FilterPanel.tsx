// Filters: node kinds, relation kinds and statuses (check boxes), time (an "as of" year on a timeline
// over the years in the data), plus the count of what they hide. Filters hide and never remove, so
// selection and positions survive; every change is one undo step (a slider drag coalesces).
import { NODE_KIND_INFO, RELATION_KIND_INFO, STATUS_INFO, STATUSES, type RelationKind } from '../../../shared/ontology';
import { REFERENCE_YEAR } from '../../../shared/filters/graphFilter';
import { STATUS_LINE, svgDash } from '../canvas/graphStyle';
import { tx } from '../i18n/explorerStrings';
import {
  filterAsOf,
  filterNodeKind,
  filterRelationKind,
  filterStatus,
  resetFilters,
  showHiddenNodes,
} from '../state/canvasActions';
import { selectKindsLoaded, selectVisibleGraph, selectYears } from '../state/selectors';
import { useAtlas } from '../state/store';
import { KindIcon } from './KindIcon';

function useRelationKindsLoaded(): RelationKind[] {
  const edges = useAtlas((s) => s.edges);
  const kinds = new Set([...edges.values()].map((e) => e.kind));
  return (Object.keys(RELATION_KIND_INFO) as RelationKind[]).filter((k) => kinds.has(k));
}

export function FilterPanel() {
  const language = useAtlas((s) => s.language);
  const filters = useAtlas((s) => s.filters);
  const nodes = useAtlas((s) => s.nodes);
  const edges = useAtlas((s) => s.edges);
  const handHidden = useAtlas((s) => s.hidden.size);
  const visibleCount = useAtlas((s) => selectVisibleGraph(s).nodes.length);
  const kinds = selectKindsLoaded(nodes);
  const relationKinds = useRelationKindsLoaded();
  const years = selectYears(nodes, edges);
  const asOf = filters.asOfYear;
  const yearIndex = asOf === undefined ? years.indexOf(REFERENCE_YEAR) : Math.max(0, years.indexOf(asOf));
  const filtered = Object.keys(filters).length > 0;
  return (
    <section className="filters" aria-labelledby="filters-heading" data-testid="filters">
      <h2 id="filters-heading">{tx(language, 'filters')}</h2>
      <p className="filter-count" aria-live="polite">
        {tx(language, 'hiddenCount', nodes.size - visibleCount, nodes.size)}
      </p>
      {kinds.length > 0 && (
        <fieldset>
          <legend>{tx(language, 'nodeKinds')}</legend>
          {kinds.map((kind) => (
            <label key={kind} className="check">
              <input
                type="checkbox"
                checked={filters.nodeKinds?.includes(kind) ?? true}
                onChange={(e) => filterNodeKind(kind, e.target.checked)}
              />
              <KindIcon kind={kind} /> {NODE_KIND_INFO[kind].plural[language]}
            </label>
          ))}
        </fieldset>
      )}
      {relationKinds.length > 0 && (
        <fieldset>
          <legend>{tx(language, 'relationKinds')}</legend>
          {relationKinds.map((kind) => (
            <label key={kind} className="check">
              <input
                type="checkbox"
                checked={filters.relationKinds?.includes(kind) ?? true}
                onChange={(e) => filterRelationKind(kind, e.target.checked)}
              />
              {RELATION_KIND_INFO[kind].label[language]}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>{tx(language, 'statuses')}</legend>
        {STATUSES.map((status) => (
          <label key={status} className="check">
            <input
              type="checkbox"
              checked={filters.statuses?.includes(status) ?? true}
              onChange={(e) => filterStatus(status, e.target.checked)}
              data-status={status}
            />
            <svg width="22" height="8" aria-hidden="true" focusable="false">
              <line
                x1="1"
                y1="4"
                x2="21"
                y2="4"
                stroke="#767676"
                strokeWidth="2"
                strokeOpacity={STATUS_LINE[status].opacity}
                strokeDasharray={svgDash(STATUS_LINE[status])}
              />
            </svg>{' '}
            {STATUS_INFO[status].label[language]}
          </label>
        ))}
      </fieldset>
      <fieldset className="timeline">
        <legend>{tx(language, 'time')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={asOf !== undefined}
            onChange={(e) => filterAsOf(e.target.checked ? (years[yearIndex] ?? REFERENCE_YEAR) : null)}
          />
          {tx(language, 'asOf')}
        </label>
        <label className="year">
          <span>
            {tx(language, 'year')}: <output>{years[yearIndex] ?? REFERENCE_YEAR}</output>
          </span>
          <input
            type="range"
            min={0}
            max={Math.max(0, years.length - 1)}
            step={1}
            value={yearIndex}
            disabled={asOf === undefined}
            aria-valuetext={String(years[yearIndex] ?? REFERENCE_YEAR)}
            onChange={(e) => filterAsOf(years[Number(e.target.value)] ?? REFERENCE_YEAR)}
          />
        </label>
        <p className="year-range" aria-hidden="true">
          <span>{years[0]}</span>
          <span>{years.at(-1)}</span>
        </p>
      </fieldset>
      <div className="filter-actions">
        <button type="button" onClick={resetFilters} disabled={!filtered}>
          {tx(language, 'resetFilters')}
        </button>
        {handHidden > 0 && (
          <button type="button" onClick={showHiddenNodes}>
            {tx(language, 'showHidden', handHidden)}
          </button>
        )}
      </div>
    </section>
  );
}
