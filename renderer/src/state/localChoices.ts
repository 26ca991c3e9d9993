// The renderer's own storage for choices the user expects back next session (the export choices,
// the legend's fold). Stored per machine.

/** The renderer's local storage, or null when there is none or it is switched off. */
export function choiceStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be switched off (a locked-down profile): the choice then lasts for the session.
    return null;
  }
}
