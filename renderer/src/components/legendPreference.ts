// Whether the user last left the legend open or folded, kept in the renderer's own storage like the
// export choices (exportPreferences.ts), so the next session starts the way they left it. Stored per
// machine; nothing stored, or storage switched off, means "no choice yet" and the legend decides by room.
import { choiceStorage } from '../state/localChoices';

const KEY = 'ips-atlas.legend.open';

/** true: left open; false: left folded; null: the user never chose. */
export function rememberedLegendOpen(): boolean | null {
  const stored = choiceStorage()?.getItem(KEY);
  return stored === '1' ? true : stored === '0' ? false : null;
}

export function rememberLegendOpen(isOpen: boolean): void {
  choiceStorage()?.setItem(KEY, isOpen ? '1' : '0');
}
