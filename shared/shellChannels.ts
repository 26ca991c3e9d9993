// The IPC channel names, and nothing else: the sandboxed preload bundles this file without pulling
// in the schemas of shell.ts (and zod with them), and main registers its handlers from the same names.

/** Prefix of the channel of each contract method: `ips-atlas:` + method name (`ips-atlas:node.get`). */
export const IPC_PREFIX = 'ips-atlas:';

/** IPC channels, one per capability; the preload exposes one function for each. */
export const SHELL_CHANNELS = {
  saveFile: 'ips-atlas-shell:save-file',
  copyImage: 'ips-atlas-shell:copy-image',
  openFile: 'ips-atlas-shell:open-file',
  takeOpenedFile: 'ips-atlas-shell:take-opened-file',
  /** Main → renderer: a file was handed to the app (argument, "open with"); call takeOpenedFile. */
  fileWaiting: 'ips-atlas-shell:file-waiting',
} as const;
