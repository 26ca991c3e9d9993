// How the canvas shows what is loaded: filters (kinds, statuses, "as of" year), a scope (a priority
// lens or one node's ego network), the layout and whether relation labels are drawn. Pure producers.
import type { FilterSpec } from '../../../shared/filters/graphFilter';
import { PROVENANCES, type NodeKind, type Provenance, type RelationKind, type Status } from '../../../shared/ontology';

export const LAYOUTS = ['force', 'concentric', 'hierarchical'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/**
 * Narrows the canvas to a priority lens (two hops around a priority) or a node's ego network, by
 * hiding what was on the canvas outside it. Nodes added while it is open (expanding, paths) show.
 */
export interface Scope {
  readonly type: 'lens' | 'ego';
  readonly anchorId: string;
  /** Loaded nodes outside the scope when it opened: hidden while it is open. */
  readonly excluded: ReadonlySet<string>;
  /** Nodes the scope brought onto the canvas, taken off again when it closes. */
  readonly added: ReadonlySet<string>;
}

export interface ViewSlice {
  readonly filters: FilterSpec;
  readonly scope: Scope | null;
  readonly layout: LayoutName;
  readonly edgeLabels: boolean;
}

export const initialView: ViewSlice = { filters: {}, scope: null, layout: 'force', edgeLabels: false };

export const setFilters =
  (filters: FilterSpec) =>
  <S extends ViewSlice>(state: S): S => ({ ...state, filters });

/**
 * Shows or hides one kind. `all` lists every kind of that dimension: the filter is dropped (absent
 * means "every kind") once all are shown again, so kinds new to the data are never hidden by accident.
 */
function toggled<T extends string>(current: readonly T[] | undefined, all: readonly T[], value: T, on: boolean) {
  const base = current ?? all;
  const next = on ? [...new Set([...base, value])] : base.filter((v) => v !== value);
  return all.every((v) => next.includes(v)) ? undefined : all.filter((v) => next.includes(v));
}

const withFilter = <K extends 'nodeKinds' | 'relationKinds' | 'statuses' | 'provenances'>(
  filters: FilterSpec,
  key: K,
  value: FilterSpec[K],
): FilterSpec => {
  const { [key]: _dropped, ...rest } = filters;
  return value === undefined ? rest : { ...rest, [key]: value };
};

export const toggleNodeKind =
  (kind: NodeKind, on: boolean, all: readonly NodeKind[]) =>
  <S extends ViewSlice>(state: S): S =>
    setFilters(withFilter(state.filters, 'nodeKinds', toggled(state.filters.nodeKinds, all, kind, on)))(state);

export const toggleRelationKind =
  (kind: RelationKind, on: boolean, all: readonly RelationKind[]) =>
  <S extends ViewSlice>(state: S): S =>
    setFilters(withFilter(state.filters, 'relationKinds', toggled(state.filters.relationKinds, all, kind, on)))(state);

export const toggleStatus =
  (status: Status, on: boolean, all: readonly Status[]) =>
  <S extends ViewSlice>(state: S): S =>
    setFilters(withFilter(state.filters, 'statuses', toggled(state.filters.statuses, all, status, on)))(state);

export const setAsOfYear =
  (year: number | null) =>
  <S extends ViewSlice>(state: S): S => {
    const { asOfYear: _old, ...rest } = state.filters;
    return setFilters(year === null ? rest : { ...rest, asOfYear: year })(state);
  };

/**
 * Shows or hides one provenance (editorial groupings, the user's additions); the others stay as they
 * are, so hiding the groupings never hides the user's own work. Every provenance shown: no filter.
 */
export const toggleProvenance =
  (provenance: Provenance, on: boolean) =>
  <S extends ViewSlice>(state: S): S =>
    setFilters(
      withFilter(state.filters, 'provenances', toggled(state.filters.provenances, PROVENANCES, provenance, on)),
    )(state);

/** Editorial groupings shown (the default: no provenance filter) or hidden. */
export const setShowEditorial = (show: boolean) => toggleProvenance('editorial', show);

export const clearFilters =
  () =>
  <S extends ViewSlice>(state: S): S => ({ ...state, filters: {} });

export const setScope =
  (scope: Scope | null) =>
  <S extends ViewSlice>(state: S): S => ({ ...state, scope });

export const setLayoutName =
  (layout: LayoutName) =>
  <S extends ViewSlice>(state: S): S =>
    state.layout === layout ? state : { ...state, layout };

export const setEdgeLabels =
  (edgeLabels: boolean) =>
  <S extends ViewSlice>(state: S): S => ({ ...state, edgeLabels });
