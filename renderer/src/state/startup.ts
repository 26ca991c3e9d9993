// What the renderer does once at start: language, lenses and saved views, then the last session's
// view, and only after that the autosave (so the empty start-up view never overwrites the saved one).
import { loadPreferences } from './actions';
import { loadLenses } from './canvasActions';
import { refreshSavedViews, restoreLastView, startLastViewAutosave } from './viewActions';

export async function startExplorer(): Promise<void> {
  await Promise.all([loadPreferences(), loadLenses(), refreshSavedViews()]);
  await restoreLastView();
  startLastViewAutosave();
}
