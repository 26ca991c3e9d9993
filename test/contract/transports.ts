// The three ways a contract call can travel, each as a `call(method, input) → Envelope` function:
// direct dispatch, the HTTP bridge (real sockets, real token) and the IPC handler wiring (the same
// registration code the Electron shell runs, over a recording stand-in for ipcMain).
import type { Envelope } from '../../shared/contract';
import { IPC_PREFIX, registerIpcHandlers, type IpcMainLike } from '../../main/electron/ipcWiring';
import { startHttpBridge, TOKEN_HEADER } from '../../main/http/httpBridge';
import type { Dispatch } from '../../main/service/dispatch';

export type Call = (method: string, input: unknown) => Promise<Envelope<unknown>>;

export interface Transport {
  readonly call: Call;
  close(): Promise<void>;
}

export const TRUSTED_RENDERER_URL = 'file:///app/out/renderer/index.html';

export function directTransport(dispatch: Dispatch): Promise<Transport> {
  return Promise.resolve({ call: dispatch, close: () => Promise.resolve() });
}

export async function httpTransport(dispatch: Dispatch): Promise<Transport> {
  const token = 'contract-spec-token';
  const bridge = await startHttpBridge({ dispatch, token });
  return {
    call: async (method, input) => {
      const res = await fetch(`${bridge.origin}/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, origin: bridge.origin },
        body: JSON.stringify(input),
      });
      return (await res.json()) as Envelope<unknown>;
    },
    close: () => bridge.close(),
  };
}

type Listener = Parameters<IpcMainLike['handle']>[1];

export class RecordingIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  invoke(channel: string, senderUrl: string | null, input: unknown): Promise<Envelope<unknown>> {
    const listener = this.handlers.get(channel);
    if (listener === undefined) {
      // What Electron does for a channel nobody handles: the invoke rejects. Report it as the
      // preload's caller would see it, so the spec can run the same unknown-method case.
      return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: `No handler for ${channel}` } });
    }
    return listener({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, input);
  }
}

export function ipcTransport(dispatch: Dispatch): Promise<Transport> {
  const ipc = new RecordingIpcMain();
  registerIpcHandlers(ipc, dispatch, (url) => url === TRUSTED_RENDERER_URL);
  return Promise.resolve({
    call: (method, input) => ipc.invoke(IPC_PREFIX + method, TRUSTED_RENDERER_URL, input),
    close: () => Promise.resolve(),
  });
}
