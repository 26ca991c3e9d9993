// The sandboxed preload: exposes one function per contract method, never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../../shared/contract/methodNames';
import type { ShellBridge } from '../../shared/shell';
import { IPC_PREFIX, SHELL_CHANNELS } from '../../shared/shellChannels';

const api = Object.fromEntries(
  METHOD_NAMES.map((method) => [
    method,
    (input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_PREFIX + method, input),
  ]),
);

contextBridge.exposeInMainWorld('ipsAtlas', { api });

// The shell capabilities (save, copy a picture, open a file): one function each, checked in main.
const shellBridge: ShellBridge = {
  saveFile: (request) => ipcRenderer.invoke(SHELL_CHANNELS.saveFile, request),
  copyImage: (request) => ipcRenderer.invoke(SHELL_CHANNELS.copyImage, request),
  openFile: (request) => ipcRenderer.invoke(SHELL_CHANNELS.openFile, request),
  takeOpenedFile: () => ipcRenderer.invoke(SHELL_CHANNELS.takeOpenedFile),
  onFileWaiting: (listener) => {
    ipcRenderer.on(SHELL_CHANNELS.fileWaiting, () => listener());
  },
};
contextBridge.exposeInMainWorld('ipsAtlasShell', shellBridge);
