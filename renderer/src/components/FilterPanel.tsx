// Filters: node kinds, relation kinds and statuses (check boxes), editorial groupings and the user's
// own additions, time (an "as of" year: YearControl), plus the count of what they hide. Filters hide and never remove, so
// selection and positions survive; every change is one undo step (a slider drag coalesces).
import {
  NODE_KIND_INFO,
  RELATION_KIND_INFO,
  STATUS_INFO,
  STATUSES,
  type Provenance,
  type RelationKind,
} from '../../../shared/ontology';
import { STATUS_LINE, svgDash } from '../canvas/graphStyle';
import { ta } from '../i18n/additionStrings';
import { tx } from '../i18n/explorerStrings';
import {
  filterNodeKind,
  filterRelationKind,
  filterStatus,
  resetFilters,
  showHiddenNodes,
} from '../state/canvasActions';
import { selectKindsLoaded, selectVisibleGraph } from '../state/selectors';
import { filterEditorial, filterUserAdditions } from '../state/timeActions';
import { useAtlas } from '../state/store';
import { KindIcon } from './KindIcon';
import { YearControl } from './YearControl';

function useRelationKindsLoaded(): RelationKind[] {
  const edges = useAtlas((s) => s.edges);
  const kinds = new Set([...edges.values()].map((e) => e.kind));
  return (Object.keys(RELATION_KIND_INFO) as RelationKind[]).filter((k) => kinds.has(k));
}

// Per loaded map, so a large canvas is scanned once per change of what is loaded, not on every store update.
const userSeen = new WeakMap<object, boolean>();
function holdsUser(elements: ReadonlyMap<string, { readonly provenance: Provenance }>): boolean {
  const known = userSeen.get(elements);
  if (known !== undefined) return known;
  const found = [...elements.values()].some((e) => e.provenance === 'user');
  userSeen.set(elements, found);
  return found;
}

/** Whether the user's additions are loaded: only then does their check box appear (or while it hides them). */
const useHasUserAdditions = (): boolean => useAtlas((s) => holdsUser(s.nodes) || holdsUser(s.edges));

export function FilterPanel() {
  const language = useAtlas((s) => s.language);
  const filters = useAtlas((s) => s.filters);
  const nodes = useAtlas((s) => s.nodes);
  const handHidden = useAtlas((s) => s.hidden.size);
  const visibleCount = useAtlas((s) => selectVisibleGraph(s).nodes.length);
  const kinds = selectKindsLoaded(nodes);
  const relationKinds = useRelationKindsLoaded();
  const isUserShown = filters.provenances === undefined || filters.provenances.includes('user');
  const hasUserAdditions = useHasUserAdditions();
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
      <label className="check">
        <input
          type="checkbox"
          checked={filters.provenances === undefined || filters.provenances.includes('editorial')}
          onChange={(e) => filterEditorial(e.target.checked)}
          data-testid="show-editorial"
        />
        {tx(language, 'showEditorial')}
      </label>
      {(hasUserAdditions || !isUserShown) && (
        <label className="check">
          <input
            type="checkbox"
            checked={isUserShown}
            onChange={(e) => filterUserAdditions(e.target.checked)}
            data-testid="show-user"
          />
          {ta(language, 'showUser')}
        </label>
      )}
      <YearControl />
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
