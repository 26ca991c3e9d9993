// Views over time: undo/redo, named saved views in the user database, and the last view, saved as
// it changes (debounced) and restored on the next start.
import { client, guarded } from './actions';
import { addNodes, clearCanvas, pruneSelection } from './graphSlice';
import { redo, resetHistory, sameView, undo, viewOf } from './historySlice';
import { apply, atlasStore, type AtlasState } from './store';
import { setSavedViews, showDetail, showNotice } from './uiSlice';
import { decodeView, encodeView, viewFields, type SavedViewData } from './viewCodec';
import { setPattern } from './analysisSlice';
// What the canvas shows now is saved with a view so it opens framed the same way.
import { currentViewport, restoreViewport } from './canvasViewport';

export const undoView = (): void => apply(undo(), { quiet: true });
export const redoView = (): void => apply(redo(), { quiet: true });

/** Loads the nodes a saved view names (with the relations among them) and puts the view on screen. */
async function showSaved(data: SavedViewData, quiet: boolean): Promise<void> {
  const ids = data.nodeIds.length === 0 ? null : await client().call('graph.subgraph', { ids: data.nodeIds });
  const fields = viewFields(data);
  apply(
    (state: AtlasState) =>
      pruneSelection({
        ...addNodes(ids?.nodes ?? [], ids?.edges ?? [])(clearCanvas()(state)),
        ...fields,
        selection: state.selection,
        selected: state.selected,
      }),
    { quiet },
  );
  const { selection } = atlasStore.getState();
  if (selection === null) apply(showDetail(null));
  if (data.pattern !== undefined) apply(setPattern(data.pattern));
  // Framed as it was saved (once drawn); a view saved without zoom and pan is fitted instead.
  if (data.viewport !== undefined) await restoreViewport(data.nodeIds, data.viewport);
}

export const refreshSavedViews = (): Promise<void> =>
  guarded(async () => {
    apply(setSavedViews(await client().call('view.list', {})));
  });

export const saveView = (name: string): Promise<void> =>
  guarded(async () => {
    const state = atlasStore.getState();
    await client().call('view.save', {
      name,
      state: encodeView(viewOf(state), state.analysis.pattern, currentViewport()),
    });
    apply(setSavedViews(await client().call('view.list', {})));
    apply(showNotice({ key: 'viewSaved', args: [name] }));
  });

export const openView = (name: string): Promise<void> =>
  guarded(async () => {
    const saved = await client().call('view.get', { name });
    const data = decodeView(saved.state);
    if (data === null) throw new Error(`"${name}" cannot be read by this version of IPS Atlas.`);
    await showSaved(data, false);
    apply(showNotice({ key: 'viewOpened', args: [name] }));
  });

export const deleteView = (name: string): Promise<void> =>
  guarded(async () => {
    await client().call('view.delete', { name });
    apply(setSavedViews(await client().call('view.list', {})));
    apply(showNotice({ key: 'viewDeleted', args: [name] }));
  });

/** Brings back the view of the last session, if there is one this app can read. History starts after it. */
export const restoreLastView = (): Promise<void> =>
  guarded(async () => {
    const { last } = await client().call('view.getLast', {});
    const data = last === null ? null : decodeView(last.state);
    if (data !== null) await showSaved(data, true);
    apply(resetHistory(), { quiet: true });
  });

/** Wait this long after the last change before writing: a drag or a slider makes many changes. */
export const AUTOSAVE_DELAY_MS = 600;

/**
 * Saves the view (with the analysis panel's pattern query) to the user database whenever either
 * changes, debounced. Starts after the restore, so the empty start-up view never overwrites the one
 * being restored. Returns the unsubscribe function.
 */
export function startLastViewAutosave(delay = AUTOSAVE_DELAY_MS): () => void {
  const current = (state: AtlasState) => ({ view: viewOf(state), pattern: state.analysis.pattern });
  let saved = current(atlasStore.getState());
  const unchanged = (state: AtlasState): boolean =>
    state.analysis.pattern === saved.pattern && sameView(viewOf(state), saved.view);
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Zoom and pan change no state, so they ride along with each save, and the window closing saves them.
  const flush = (closing = false): void => {
    timer = null;
    const state = atlasStore.getState();
    if (!closing && unchanged(state)) return;
    saved = current(state);
    void client()
      .call(
        'view.saveLast',
        { state: encodeView(saved.view, saved.pattern, currentViewport()) },
        { outlivesPage: closing },
      )
      .catch(() => undefined);
  };
  const flushOnClose = (): void => {
    flush(true);
  };
  const unsubscribe = atlasStore.subscribe((state) => {
    if (unchanged(state)) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, delay);
  });
  window.addEventListener('pagehide', flushOnClose);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flushOnClose);
    if (timer !== null) clearTimeout(timer);
  };
}
