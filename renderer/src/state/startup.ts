// What the renderer does once at start: language, lenses, saved views and the last session's view,
// asked for together (none needs another), and only after that the autosave (so the empty start-up
// view never overwrites the saved one).
import { loadPreferences } from './actions';
import { loadLenses } from './canvasActions';
import { loadYearRange } from './timeActions';
import { refreshSavedViews, restoreLastView, startLastViewAutosave } from './viewActions';

export async function startExplorer(): Promise<void> {
  await Promise.all([loadPreferences(), loadLenses(), loadYearRange(), refreshSavedViews(), restoreLastView()]);
  startLastViewAutosave();
}
