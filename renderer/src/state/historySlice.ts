// Undo and redo as a history of view snapshots. Producers never mutate, so a snapshot is just the
// view fields' current references: cheap to keep, and "did the view change" is a reference check.
import { pruneSelection, type GraphSlice } from './graphSlice';
import type { ViewSlice } from './viewSlice';

export const VIEW_KEYS = [
  'nodes',
  'edges',
  'positions',
  'hidden',
  'pinned',
  'filters',
  'scope',
  'layout',
  'edgeLabels',
] as const satisfies readonly (keyof GraphSlice | keyof ViewSlice)[];

export type ViewSnapshot = Pick<GraphSlice & ViewSlice, (typeof VIEW_KEYS)[number]>;

/** Steps kept: enough for an afternoon's exploring, bounded so memory cannot grow without end. */
export const HISTORY_LIMIT = 100;

/** Changes with the same key within this time are one step (a slider dragged through the years). */
export const COALESCE_MS = 1000;

export interface History {
  readonly past: readonly ViewSnapshot[];
  readonly future: readonly ViewSnapshot[];
  /** The key and time of the last recorded change, for coalescing. */
  readonly last: { readonly key: string; readonly at: number } | null;
}

export interface HistorySlice {
  readonly history: History;
}

export const initialHistory: HistorySlice = { history: { past: [], future: [], last: null } };

type Viewed = GraphSlice & ViewSlice & HistorySlice;

export function viewOf(state: ViewSnapshot): ViewSnapshot {
  return {
    nodes: state.nodes,
    edges: state.edges,
    positions: state.positions,
    hidden: state.hidden,
    pinned: state.pinned,
    filters: state.filters,
    scope: state.scope,
    layout: state.layout,
    edgeLabels: state.edgeLabels,
  };
}

export function sameView(a: ViewSnapshot, b: ViewSnapshot): boolean {
  return VIEW_KEYS.every((key) => a[key] === b[key]);
}

export interface RecordOptions {
  /** Merge with the previous step when it had the same key and came less than COALESCE_MS ago. */
  readonly coalesce?: string;
  readonly now?: number;
}

/** The history step from `before` to `after`: the old view goes on the undo stack, redo is cleared. */
export function record<S extends Viewed>(before: S, after: S, options: RecordOptions = {}): S {
  if (sameView(before, after)) return after;
  const now = options.now ?? Date.now();
  const { last, past } = before.history;
  const merge =
    options.coalesce !== undefined && last?.key === options.coalesce && now - last.at < COALESCE_MS && past.length > 0;
  return {
    ...after,
    history: {
      past: merge ? past : [...past, viewOf(before)].slice(-HISTORY_LIMIT),
      future: [],
      last: options.coalesce === undefined ? null : { key: options.coalesce, at: now },
    },
  };
}

export const undo =
  () =>
  <S extends Viewed>(state: S): S => {
    const previous = state.history.past.at(-1);
    if (previous === undefined) return state;
    return pruneSelection({
      ...state,
      ...previous,
      history: { past: state.history.past.slice(0, -1), future: [viewOf(state), ...state.history.future], last: null },
    });
  };

export const redo =
  () =>
  <S extends Viewed>(state: S): S => {
    const [next, ...rest] = state.history.future;
    if (next === undefined) return state;
    return pruneSelection({
      ...state,
      ...next,
      history: { past: [...state.history.past, viewOf(state)].slice(-HISTORY_LIMIT), future: rest, last: null },
    });
  };

/** Starts the history afresh (after restoring the last session's view). */
export const resetHistory =
  () =>
  <S extends HistorySlice>(state: S): S => ({ ...state, ...initialHistory });
