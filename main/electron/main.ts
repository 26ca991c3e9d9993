// The Electron shell: windows, IPC registration and app lifecycle. Everything else is plain Node.
import { app, BrowserWindow, clipboard, ClipboardItem, dialog, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openService } from '../service/openService';
import { SHELL_CHANNELS } from '../../shared/shell';
import { lastFolderIn } from '../files/lastFolder';
import { createShellHandlers, type ShellHandlers } from '../files/shellHandlers';
import { registerShellHandlers, snapshotArguments } from '../files/shellWiring';
import { registerIpcHandlers } from './ipcWiring';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererIndex = join(here, '../renderer/index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;

function datasetPath(): string {
  return app.isPackaged ? join(process.resourcesPath, 'atlas.sqlite') : join(here, '../data/atlas.sqlite');
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'IPS Atlas',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(rendererIndex);
}

function lockDown(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Links to the outside world open in the user's browser, only when the user clicks them.
      if (url.startsWith('https://')) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

/** Save and open dialogs, the clipboard and files handed to the app: the shell capabilities of shared/shell.ts. */
function openShell(): ShellHandlers {
  return createShellHandlers(
    {
      defaultFolder: () => app.getPath('documents'),
      // Parented to the window the user works in, so the dialog is modal to it.
      showSaveDialog: (options) => {
        const window = BrowserWindow.getFocusedWindow();
        return window === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(window, options);
      },
      showOpenDialog: (options) => {
        const window = BrowserWindow.getFocusedWindow();
        const withKind = { ...options, properties: ['openFile' as const] };
        return window === null ? dialog.showOpenDialog(withKind) : dialog.showOpenDialog(window, withKind);
      },
      writeImage: (png) =>
        clipboard.write([new ClipboardItem({ 'image/png': new Blob([new Uint8Array(png)], { type: 'image/png' }) })]),
    },
    lastFolderIn(join(app.getPath('userData'), 'shell-state.json')),
  );
}

const shellHandlers = openShell();
for (const path of snapshotArguments(process.argv, app.isPackaged)) shellHandlers.queueOpenedFile(path);
// macOS hands files over by event ("open with", a double-click), possibly before the window exists.
app.on('open-file', (event, path) => {
  event.preventDefault();
  shellHandlers.queueOpenedFile(path);
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(SHELL_CHANNELS.fileWaiting);
});

async function start(): Promise<void> {
  await app.whenReady();
  lockDown();
  const service = openService({
    datasetPath: datasetPath(),
    userDataDir: app.getPath('userData'),
    // The better-sqlite3 build for Electron's ABI: shipped as a resource when packaged, made by
    // `npm start` in development (build/scripts/electronNative.ts).
    nativeBinding: app.isPackaged
      ? join(process.resourcesPath, 'native', `electron-abi${process.versions.modules}`, 'better_sqlite3.node')
      : process.env.IPS_ATLAS_NATIVE_BINDING,
  });
  registerIpcHandlers(ipcMain, service.dispatch, (url) => url.split(/[?#]/)[0] === rendererUrl);
  registerShellHandlers(ipcMain, shellHandlers, (url) => url.split(/[?#]/)[0] === rendererUrl);
  app.on('window-all-closed', () => {
    service.close();
    app.quit();
  });
  createWindow();
}

// One IPS Atlas at a time: a second start (say, a snapshot double-clicked while the app is open)
// hands its files to the running app and quits, so two windows never write one user database.
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', (_event, argv) => {
    for (const path of snapshotArguments(argv, app.isPackaged)) shellHandlers.queueOpenedFile(path);
    const [window] = BrowserWindow.getAllWindows();
    if (window === undefined) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    window.webContents.send(SHELL_CHANNELS.fileWaiting);
  });
  void start();
} else {
  app.quit();
}
