// Registers one IPC handler per shell capability, each checking that the call comes from our own
// renderer. Written against a structural view of ipcMain so it needs no Electron binary to test.
import type { Envelope } from '../../shared/contract/errors';
import { handedFileKind, SHELL_CHANNELS } from '../../shared/shell';
import { isTrustedSender, type InvokeEventLike, type TrustedUrl } from '../../shared/security';
import type { ShellHandlers } from './shellHandlers';

export interface ShellIpcLike {
  handle(channel: string, listener: (event: InvokeEventLike, input: unknown) => Promise<Envelope<unknown>>): void;
}

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This window may not use the IPS Atlas shell.' },
};

export function registerShellHandlers(ipc: ShellIpcLike, shell: ShellHandlers, isTrustedUrl: TrustedUrl): void {
  const routes: Record<
    Exclude<keyof typeof SHELL_CHANNELS, 'fileWaiting'>,
    (input: unknown) => Promise<Envelope<unknown>>
  > = {
    saveFile: (input) => shell.saveFile(input),
    copyImage: (input) => shell.copyImage(input),
    openFile: (input) => shell.openFile(input),
    takeOpenedFile: () => shell.takeOpenedFile(),
  };
  for (const [name, route] of Object.entries(routes)) {
    ipc.handle(SHELL_CHANNELS[name as keyof typeof routes], async (event, input) => {
      if (!isTrustedSender(event, isTrustedUrl)) return FORBIDDEN;
      return route(input);
    });
  }
}

/**
 * The files named on the command line that the app opens: snapshots, documents and exchange files
 * (handedFileKind); flags are Electron's or Chromium's.
 */
export function handedFileArguments(argv: readonly string[], isPackaged: boolean): string[] {
  // Packaged: [app, ...args]; in development: [electron, appPath, ...args].
  return argv.slice(isPackaged ? 1 : 2).filter((arg) => !arg.startsWith('-') && handedFileKind(arg) !== null);
}
