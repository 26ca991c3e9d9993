// Registers one IPC handler per contract method over the shared dispatch. Written against a minimal
// structural view of ipcMain so the contract spec can run it under Node without the Electron binary.
import { METHOD_NAMES, type Envelope } from '../../shared/contract';
import { IPC_PREFIX } from '../../shared/shellChannels';
import type { Dispatch } from '../service/dispatch';
import { isTrustedSender, type InvokeEventLike, type TrustedUrl } from '../../shared/security';

// Re-exported for the contract spec, which drives this wiring by channel name.
export { IPC_PREFIX };

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, input: unknown) => Promise<Envelope<unknown>>): void;
}

export function registerIpcHandlers(ipc: IpcMainLike, dispatch: Dispatch, isTrustedUrl: TrustedUrl): void {
  for (const method of METHOD_NAMES) {
    ipc.handle(IPC_PREFIX + method, async (event, input) => {
      // Only our own renderer may call: a frame from anywhere else is refused.
      if (!isTrustedSender(event, isTrustedUrl)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This window may not call IPS Atlas.' } };
      }
      return dispatch(method, input);
    });
  }
}
