// Registers one IPC handler per contract method over the shared dispatch. Written against a minimal
// structural view of ipcMain so the contract spec can run it under Node without the Electron binary.
import { METHOD_NAMES, type Envelope } from '../../shared/contract';
import type { Dispatch } from '../service/dispatch';

export const IPC_PREFIX = 'ips-atlas:';

export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, input: unknown) => Promise<Envelope<unknown>>): void;
}

export function registerIpcHandlers(
  ipc: IpcMainLike,
  dispatch: Dispatch,
  isTrustedUrl: (url: string) => boolean,
): void {
  for (const method of METHOD_NAMES) {
    ipc.handle(IPC_PREFIX + method, async (event, input) => {
      // Only our own renderer may call: a frame from anywhere else is refused.
      const url = event.senderFrame?.url;
      if (url === undefined || !isTrustedUrl(url)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This window may not call IPS Atlas.' } };
      }
      return dispatch(method, input);
    });
  }
}
