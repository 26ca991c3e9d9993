// What is on the canvas (loaded nodes and relations, their positions, what the user hid or pinned)
// and what is selected. Producers are pure: (args) => (state) => state, each returning new Maps/Sets.
import type { EdgeSummary, Neighbourhood, NodeSummary, Position } from '../../../shared/contract';

export type { Position };

/** The element whose details the panel shows: the last one clicked or chosen. */
export type Selection = { readonly type: 'node' | 'edge'; readonly id: string } | null;

export interface Selected {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export interface GraphSlice {
  readonly nodes: ReadonlyMap<string, NodeSummary>;
  readonly edges: ReadonlyMap<string, EdgeSummary>;
  /** Where each node stands; a visible node without one is placed by the next layout run. */
  readonly positions: ReadonlyMap<string, Position>;
  /** Nodes the user hid by hand (they stay loaded, with their positions). */
  readonly hidden: ReadonlySet<string>;
  /** Nodes no layout moves. */
  readonly pinned: ReadonlySet<string>;
  readonly selection: Selection;
  /** Every selected element (shift-click, box selection, table checkboxes); includes `selection`. */
  readonly selected: Selected;
}

export const NOTHING_SELECTED: Selected = { nodes: new Set(), edges: new Set() };

export const initialGraph: GraphSlice = {
  nodes: new Map(),
  edges: new Map(),
  positions: new Map(),
  hidden: new Set(),
  pinned: new Set(),
  selection: null,
  selected: NOTHING_SELECTED,
};

/** Adds nodes and the relations among loaded nodes; a relation to a node not loaded is dropped. */
export const addNodes =
  (nodes: readonly NodeSummary[], edges: readonly EdgeSummary[] = []) =>
  <S extends GraphSlice>(state: S): S => {
    if (nodes.length === 0 && edges.every((e) => state.edges.has(e.id))) return state;
    const nextNodes = new Map(state.nodes);
    for (const node of nodes) nextNodes.set(node.id, node);
    const nextEdges = new Map(state.edges);
    for (const edge of edges)
      if (nextNodes.has(edge.source) && nextNodes.has(edge.target)) nextEdges.set(edge.id, edge);
    // A node added again is wanted on screen: it is no longer hidden by hand.
    const added = new Set(nodes.map((n) => n.id));
    const unhidden = [...added].some((id) => state.hidden.has(id))
      ? new Set([...state.hidden].filter((id) => !added.has(id)))
      : state.hidden;
    return { ...state, nodes: nextNodes, edges: nextEdges, hidden: unhidden };
  };

/** A neighbourhood with the relations joining it to what was shown (when it was asked with `among`). */
export const addNeighbourhood = (hood: Neighbourhood) =>
  addNodes([hood.centre, ...hood.nodes], [...hood.edges, ...(hood.joining ?? [])]);

/** Takes nodes (and their relations) off the canvas altogether; used when a lens or ego view closes. */
export const removeNodes =
  (ids: Iterable<string>) =>
  <S extends GraphSlice>(state: S): S => {
    const gone = new Set(ids);
    if (![...gone].some((id) => state.nodes.has(id))) return state;
    const nodes = new Map([...state.nodes].filter(([id]) => !gone.has(id)));
    const edges = new Map([...state.edges].filter(([, e]) => !gone.has(e.source) && !gone.has(e.target)));
    // Off the canvas, a node's place is forgotten too: brought back later, it is placed afresh.
    const positions = new Map([...state.positions].filter(([id]) => !gone.has(id)));
    const hidden = new Set([...state.hidden].filter((id) => !gone.has(id)));
    const pinned = new Set([...state.pinned].filter((id) => !gone.has(id)));
    return pruneSelection({ ...state, nodes, edges, positions, hidden, pinned });
  };

export const setPositions =
  (positions: Iterable<readonly [string, Position]>) =>
  <S extends GraphSlice>(state: S): S => {
    const next = new Map(state.positions);
    let changed = false;
    for (const [id, p] of positions) {
      const old = next.get(id);
      if (old?.x === p.x && old.y === p.y) continue;
      next.set(id, { x: p.x, y: p.y });
      changed = true;
    }
    return changed ? { ...state, positions: next } : state;
  };

/** Forgets where these nodes stand (pinned ones excepted), so the next layout run places them anew. */
export const clearPositions =
  (ids: Iterable<string>) =>
  <S extends GraphSlice>(state: S): S => {
    const next = new Map(state.positions);
    for (const id of ids) if (!state.pinned.has(id)) next.delete(id);
    return next.size === state.positions.size ? state : { ...state, positions: next };
  };

const withMembers = (set: ReadonlySet<string>, ids: Iterable<string>, member: boolean): ReadonlySet<string> => {
  const next = new Set(set);
  for (const id of ids) {
    if (member) next.add(id);
    else next.delete(id);
  }
  return next.size === set.size && [...next].every((id) => set.has(id)) ? set : next;
};

export const setHidden =
  (ids: Iterable<string>, hidden: boolean) =>
  <S extends GraphSlice>(state: S): S => {
    const next = withMembers(state.hidden, ids, hidden);
    return next === state.hidden ? state : { ...state, hidden: next };
  };

export const showAllHidden =
  () =>
  <S extends GraphSlice>(state: S): S =>
    state.hidden.size === 0 ? state : { ...state, hidden: new Set() };

export const setPinned =
  (ids: Iterable<string>, pinned: boolean) =>
  <S extends GraphSlice>(state: S): S => {
    const next = withMembers(state.pinned, ids, pinned);
    return next === state.pinned ? state : { ...state, pinned: next };
  };

/** Selects one element only (or nothing). */
export const select =
  (selection: Selection) =>
  <S extends GraphSlice>(state: S): S => ({
    ...state,
    selection,
    selected:
      selection === null
        ? NOTHING_SELECTED
        : selection.type === 'node'
          ? { nodes: new Set([selection.id]), edges: new Set() }
          : { nodes: new Set(), edges: new Set([selection.id]) },
  });

/** Shift-click: adds the element to the selection, or takes it out if it was in. */
export const toggleSelected =
  (element: NonNullable<Selection>) =>
  <S extends GraphSlice>(state: S): S => {
    const key = element.type === 'node' ? 'nodes' : 'edges';
    const was = state.selected[key].has(element.id);
    const selected = { ...state.selected, [key]: withMembers(state.selected[key], [element.id], !was) };
    const selection = !was ? element : state.selection?.id === element.id ? null : state.selection;
    return { ...state, selected, selection };
  };

/**
 * Box selection, the canvas's own clicks or the table's checkboxes: exactly these elements. The detail
 * stays on `prefer` (the element just clicked) or the current one if selected, else the first node.
 */
export const setSelected =
  (nodes: Iterable<string>, edges: Iterable<string>, prefer: Selection = null) =>
  <S extends GraphSlice>(state: S): S => {
    const selected = { nodes: new Set(nodes), edges: new Set(edges) };
    const isIn = (s: Selection): s is NonNullable<Selection> =>
      s !== null && selected[s.type === 'node' ? 'nodes' : 'edges'].has(s.id);
    const first = [...selected.nodes][0];
    const fallback: Selection = first === undefined ? null : { type: 'node', id: first };
    const selection = isIn(prefer) ? prefer : isIn(state.selection) ? state.selection : fallback;
    return { ...state, selected, selection };
  };

/** Drops selected ids that are no longer loaded (after an undo or a removal). */
export const pruneSelection = <S extends GraphSlice>(state: S): S => {
  const has = (type: 'node' | 'edge', id: string): boolean =>
    type === 'node' ? state.nodes.has(id) : state.edges.has(id);
  const nodes = [...state.selected.nodes].filter((id) => has('node', id));
  const edges = [...state.selected.edges].filter((id) => has('edge', id));
  if (nodes.length === state.selected.nodes.size && edges.length === state.selected.edges.size) return state;
  const selection = state.selection !== null && has(state.selection.type, state.selection.id) ? state.selection : null;
  return { ...state, selection, selected: { nodes: new Set(nodes), edges: new Set(edges) } };
};

export const clearCanvas =
  () =>
  <S extends GraphSlice>(state: S): S => ({ ...state, ...initialGraph });
