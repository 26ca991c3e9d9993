// Canvas actions: expand (hubs: expandHub.ts), hide, pin, ego network and priority lenses, moving and laying out nodes,
// filters. Each user action is one apply, so it is one undo step.
import type { RelationKind } from '../../../shared/ontology';
import { NODE_KINDS, RELATION_KINDS, STATUSES, type NodeKind, type Status } from '../../../shared/ontology';
import { client, connecting, guarded, neighboursJoined } from './actions';
import { askAboutHub, isHub, relationKindCounts, showMostConnected } from './expandHub';
import {
  addNeighbourhood,
  clearPositions,
  removeNodes,
  setHidden,
  setPinned,
  setPositions,
  showAllHidden,
  type Position,
} from './graphSlice';
import { clearHighlight, selectMatrixCell } from './analysisSlice';
import { selectVisibleGraph } from './selectors';
import { apply, atlasStore, type AtlasState } from './store';
import { setLenses, showDetail, showNotice } from './uiSlice';
import {
  clearFilters,
  setAsOfYear,
  setEdgeLabels,
  setLayoutName,
  setScope,
  toggleNodeKind,
  toggleRelationKind,
  toggleStatus,
  type LayoutName,
} from './viewSlice';

const then =
  (...producers: ((state: AtlasState) => AtlasState)[]) =>
  (state: AtlasState): AtlasState =>
    producers.reduce((s, p) => p(s), state);

/**
 * Double-click or the context menu: the node's neighbours (of some relation kinds only, if asked). A hub
 * asks first, or, asked for some kinds, brings its most connected neighbours of them a page at a time.
 */
export const expandNode = (id: string, relationKinds?: readonly RelationKind[]): Promise<void> => {
  const degree = atlasStore.getState().nodes.get(id)?.degree ?? 0;
  if (isHub(degree))
    return relationKinds === undefined ? askAboutHub(id, degree) : showMostConnected(id, relationKinds);
  return expandPage(id, relationKinds);
};

const expandPage = (id: string, relationKinds?: readonly RelationKind[]): Promise<void> =>
  guarded(async () => {
    const hood = await neighboursJoined(id, relationKinds);
    apply(addNeighbourhood(hood));
    if (hood.nextCursor !== null)
      apply(showNotice({ key: 'expandTruncated', args: [String(hood.edges.length), String(hood.total)] }), {
        quiet: true,
      });
  });

export const hideNodes = (ids: readonly string[]): void => apply(setHidden(ids, true));
export const showHiddenNodes = (): void => apply(showAllHidden());
export const pinNodes = (ids: readonly string[], pinned: boolean): void => apply(setPinned(ids, pinned));

/** A drag ended: where the user put nodes is a view change (undoable) and is kept by later layouts. */
export const moveNodes = (moves: readonly (readonly [string, Position])[]): void => apply(setPositions(moves));

/** The layout placed nodes that had no position: part of the step that added them, not a step of its own. */
export const placeNodes = (placed: readonly (readonly [string, Position])[]): void =>
  apply(setPositions(placed), { quiet: true });

/** Lays out everything visible again (pinned nodes stay), with this layout. */
export const relayout = (layout?: LayoutName): void => {
  const state = atlasStore.getState();
  const visible = selectVisibleGraph(state).nodes.map((n) => n.id);
  apply(then(setLayoutName(layout ?? state.layout), clearPositions(visible)));
};

export const showEdgeLabels = (on: boolean): void => apply(setEdgeLabels(on));

/** Narrows the canvas to an ego network or a lens: loads it, hides the rest, remembers what it added. */
async function openScope(type: 'lens' | 'ego', anchorId: string, depth: 1 | 2): Promise<void> {
  const ego = await client().call('node.ego', { id: anchorId, depth, limit: 1000 });
  const before = atlasStore.getState();
  const closing = closingScope(before);
  const inScope = new Set(ego.nodes.map((n) => n.id));
  const loaded = [...before.nodes.keys()].filter((id) => !(before.scope?.added.has(id) ?? false));
  const scope = {
    type,
    anchorId,
    excluded: new Set(loaded.filter((id) => !inScope.has(id))),
    added: new Set(ego.nodes.filter((n) => !before.nodes.has(n.id)).map((n) => n.id)),
  };
  apply(then(closing, await connecting(ego.nodes, ego.edges), setScope(scope)));
  if (ego.truncated) apply(showNotice({ key: 'scopeTruncated', args: [String(ego.nodes.length)] }), { quiet: true });
}

export const showEgoNetwork = (id: string): Promise<void> => guarded(() => openScope('ego', id, 1));
export const openLens = (priorityId: string): Promise<void> => guarded(() => openScope('lens', priorityId, 2));

function closingScope(state: AtlasState): (s: AtlasState) => AtlasState {
  const scope = state.scope;
  if (scope === null) return (s) => s;
  // What the scope brought stays if the user pinned it; the rest goes, as it was before.
  return then(removeNodes([...scope.added].filter((id) => !state.pinned.has(id))), setScope(null));
}

export const closeScope = (): void => apply(closingScope(atlasStore.getState()));

/**
 * The priority nodes offered as lenses: those the letter numbers (attribute `number`), in that order;
 * every priority node when none is numbered.
 */
export const loadLenses = (): Promise<void> =>
  guarded(async () => {
    const priorities = await client().call('node.byKind', { kinds: ['priority'] });
    const numbered = priorities
      .filter((p) => typeof p.attributes.number === 'number')
      .sort((a, b) => Number(a.attributes.number) - Number(b.attributes.number));
    apply(setLenses(numbered.length > 0 ? numbered : priorities), { quiet: true });
  });

export const filterNodeKind = (kind: NodeKind, on: boolean): void => apply(toggleNodeKind(kind, on, NODE_KINDS));
export const filterRelationKind = (kind: RelationKind, on: boolean): void =>
  apply(toggleRelationKind(kind, on, RELATION_KINDS));
export const filterStatus = (status: Status, on: boolean): void => apply(toggleStatus(status, on, STATUSES));
/** Dragging the timeline through the years is one undo step, not one per year. */
export const filterAsOf = (year: number | null): void => apply(setAsOfYear(year), { coalesce: 'as-of-year' });
export const resetFilters = (): void => apply(clearFilters());

/** The kinds of relation a node has in the dataset, with counts, for "show neighbours by relation kind". */
export const relationKindsOf = (id: string): Promise<{ kind: RelationKind; count: number }[]> => relationKindCounts(id);

export { showEverything } from './showEverything';

/**
 * Empties the canvas (undoable), and with it the detail panel and the highlight of a path, pattern or
 * matrix cell: they would describe or mark elements no longer shown (and mark them again, unasked, if
 * one came back later). The analysis results themselves stay in their panel, to be shown again.
 */
export const clearAll = (): void =>
  apply(
    then(
      closingScope(atlasStore.getState()),
      clearCanvasKeepSelection(),
      showDetail(null),
      clearHighlight(),
      selectMatrixCell(null),
    ),
  );

/** "Alleen selectie houden": takes every node that is not selected off the canvas (undoable). */
export const keepOnlySelected = (): void => {
  const { nodes, selected } = atlasStore.getState();
  if (selected.nodes.size === 0) return;
  apply(removeNodes([...nodes.keys()].filter((id) => !selected.nodes.has(id))));
};

function clearCanvasKeepSelection() {
  return (state: AtlasState): AtlasState => removeNodes([...state.nodes.keys()])(state);
}
