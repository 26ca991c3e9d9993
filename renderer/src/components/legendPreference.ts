// Whether the user last left the legend open or folded, kept in the renderer's own storage like the
// export choices (exportPreferences.ts), so the next session starts the way they left it. Stored per
// machine; nothing stored, or storage switched off, means "no choice yet" and the legend decides by room.

const KEY = 'ips-atlas.legend.open';

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be switched off (a locked-down profile): the choice then lasts for the session.
    return null;
  }
};

/** true: left open; false: left folded; null: the user never chose. */
export function rememberedLegendOpen(): boolean | null {
  const stored = storage()?.getItem(KEY);
  return stored === '1' ? true : stored === '0' ? false : null;
}

export function rememberLegendOpen(isOpen: boolean): void {
  storage()?.setItem(KEY, isOpen ? '1' : '0');
}
