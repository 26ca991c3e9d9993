// Canvas actions: expand, hide, pin, ego network and priority lenses, moving and laying out nodes,
// filters. Each user action is one apply, so it is one undo step.
import type { EdgeSummary, ElementsPage, NodeSummary } from '../../../shared/contract';
import type { RelationKind } from '../../../shared/ontology';
import { NODE_KINDS, RELATION_KINDS, STATUSES, type NodeKind, type Status } from '../../../shared/ontology';
import { client, connecting, guarded, neighboursJoined } from './actions';
import {
  addNeighbourhood,
  addNodes,
  clearPositions,
  removeNodes,
  setHidden,
  setPinned,
  setPositions,
  showAllHidden,
  type Position,
} from './graphSlice';
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

/** Double-click or the context menu: the node's neighbours (of some relation kinds only, if asked). */
export const expandNode = (id: string, relationKinds?: readonly RelationKind[]): Promise<void> =>
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
export async function relationKindsOf(id: string): Promise<{ kind: RelationKind; count: number }[]> {
  const hood = await client().call('node.neighbours', { id, limit: 1000 });
  const counts = new Map<RelationKind, number>();
  for (const edge of hood.edges) counts.set(edge.kind, (counts.get(edge.kind) ?? 0) + 1);
  return RELATION_KINDS.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
}

/** Nodes "show everything" puts on the canvas at most: beyond this a picture stops being readable. */
export const SHOW_ALL_LIMIT = 5000;

/**
 * Puts the whole dataset on the canvas (up to SHOW_ALL_LIMIT nodes), in pages, as one undo step. On an
 * empty canvas with the force layout, nodes take their places in the dataset's overview (the same fcose,
 * run at build time), so the whole graph is drawn at once and looks the same every time.
 */
export const showEverything = (): Promise<void> =>
  guarded(async () => {
    const nodes: NodeSummary[] = [];
    const edges: EdgeSummary[] = [];
    const overview: [string, Position][] = [];
    let cursor: string | null = null;
    do {
      const page: ElementsPage = await client().call('graph.elements', {
        limit: 2000,
        ...(cursor === null ? {} : { cursor }),
      });
      nodes.push(...page.nodes);
      edges.push(...page.edges);
      overview.push(...Object.entries(page.overview));
      cursor = page.nextCursor;
    } while (cursor !== null && nodes.length < SHOW_ALL_LIMIT);
    const shown = nodes.slice(0, SHOW_ALL_LIMIT);
    const ids = new Set(shown.map((n) => n.id));
    const before = atlasStore.getState();
    const placed = before.nodes.size === 0 && before.layout === 'force' ? overview.filter(([id]) => ids.has(id)) : [];
    apply(then(addNodes(shown, edges), setPositions(placed)));
  });

/** Empties the canvas (undoable), and the detail panel with it: it would describe a node no longer shown. */
export const clearAll = (): void =>
  apply(then(closingScope(atlasStore.getState()), clearCanvasKeepSelection(), showDetail(null)));

/** "Alleen selectie houden": takes every node that is not selected off the canvas (undoable). */
export const keepOnlySelected = (): void => {
  const { nodes, selected } = atlasStore.getState();
  if (selected.nodes.size === 0) return;
  apply(removeNodes([...nodes.keys()].filter((id) => !selected.nodes.has(id))));
};

function clearCanvasKeepSelection() {
  return (state: AtlasState): AtlasState => removeNodes([...state.nodes.keys()])(state);
}
