// The sandboxed preload: exposes one function per contract method, never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../../shared/contract/methodNames';

const IPC_PREFIX = 'ips-atlas:';

const api = Object.fromEntries(
  METHOD_NAMES.map((method) => [
    method,
    (input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_PREFIX + method, input),
  ]),
);

contextBridge.exposeInMainWorld('ipsAtlas', { api });
