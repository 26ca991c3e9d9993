// The shell's IPC channel names, and nothing else: the sandboxed preload bundles this list without
// pulling in the schemas of shell.ts (and zod with them).

/** IPC channels, one per capability; the preload exposes one function for each. */
export const SHELL_CHANNELS = {
  saveFile: 'ips-atlas-shell:save-file',
  copyImage: 'ips-atlas-shell:copy-image',
  openFile: 'ips-atlas-shell:open-file',
  takeOpenedFile: 'ips-atlas-shell:take-opened-file',
  /** Main → renderer: a file was handed to the app (argument, "open with"); call takeOpenedFile. */
  fileWaiting: 'ips-atlas-shell:file-waiting',
} as const;
