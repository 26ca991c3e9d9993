// A shell for component tests that hands the app files from outside ("open with", a double-click, a
// launch argument): each takeOpenedFile gives the next file, then none. Tests that use it call
// `forgetShell` after each, so no later test finds a shell it did not set up.
import type { Envelope } from '../../../shared/contract';
import type { OpenedFile, ShellBridge } from '../../../shared/shell';

/** Puts a shell on `window` that hands over the given files, one per takeOpenedFile, then none. */
export function shellHanding(files: readonly OpenedFile[]): void {
  const queue = [...files];
  const none: Envelope<{ none: true }> = { ok: true, value: { none: true } };
  const shell: Partial<ShellBridge> = {
    takeOpenedFile: () => {
      const next = queue.shift();
      return Promise.resolve(next === undefined ? none : { ok: true, value: next });
    },
    onFileWaiting: () => undefined,
  };
  Object.defineProperty(window, 'ipsAtlasShell', { value: shell, configurable: true });
}

export function forgetShell(): void {
  Reflect.deleteProperty(window, 'ipsAtlasShell');
}
