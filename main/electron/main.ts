// The Electron shell: windows, IPC registration and app lifecycle. Everything else is plain Node.
import { app, BrowserWindow, clipboard, ClipboardItem, dialog, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openService } from '../service/openService';
import { isRendererPage } from '../../shared/security';
import { SHELL_CHANNELS } from '../../shared/shell';
import { lastFolderIn } from '../files/lastFolder';
import { createShellHandlers, type ShellHandlers } from '../files/shellHandlers';
import { registerShellHandlers, handedFileArguments } from '../files/shellWiring';
import { allowedExternalUrl } from './externalLinks';
import { registerIpcHandlers } from './ipcWiring';
import { isPermissionGranted } from './permissions';
import { startFailureMessage } from './startFailure';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererIndex = join(here, '../renderer/index.html');
const isOurPage = isRendererPage(pathToFileURL(rendererIndex).href);

function datasetPath(): string {
  return app.isPackaged ? join(process.resourcesPath, 'atlas.sqlite') : join(here, '../data/atlas.sqlite');
}

async function createWindow(): Promise<void> {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'IPS Atlas',
    show: false,
    webPreferences: {
      // electronegativity-waiver PRELOAD_JS_CHECK: the preload is sandboxed and context-isolated and
      // exposes one function per contract method and shell capability, never ipcRenderer itself.
      preload: join(here, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle click would otherwise open a link in a new window without setWindowOpenHandler's say.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  // Awaited, so a renderer that fails to load is a start failure with a dialog, not a hidden window.
  await window.loadFile(rendererIndex);
}

function lockDown(): void {
  // Both hooks, from one policy: a check that is not answered is granted by Electron's default.
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl, isOurPage)),
  );
  ses.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    isPermissionGranted(permission, details.requestingUrl, isOurPage),
  );
  ses.setDevicePermissionHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // A link the user clicks opens in their browser when externalLinks.ts allows it; never in the app.
      const allowed = allowedExternalUrl(url);
      // electronegativity-waiver OPEN_EXTERNAL_JS_CHECK: only https URLs on the hosts listed in
      // externalLinks.ts reach openExternal, normalised, after the check (tested in externalLinks.test.ts).
      if (allowed !== null) void shell.openExternal(allowed);
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
for (const path of handedFileArguments(process.argv, app.isPackaged)) shellHandlers.queueOpenedFile(path);
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
  registerIpcHandlers(ipcMain, service.dispatch, isOurPage);
  registerShellHandlers(ipcMain, shellHandlers, isOurPage);
  app.on('window-all-closed', () => {
    service.close();
    app.quit();
  });
  await createWindow();
}

/** A start that fails says so in a native dialog (startFailure.ts words it), then quits: never a window that does not appear. */
function failedToStart(error: unknown): void {
  console.error('[ips-atlas] start failed:', error);
  const { title, content } = startFailureMessage(error, {
    datasetPath: datasetPath(),
    userDataDir: app.getPath('userData'),
    locales: app.getPreferredSystemLanguages(),
  });
  dialog.showErrorBox(title, content);
  app.exit(1);
}

// One IPS Atlas at a time: a second start (say, a snapshot double-clicked while the app is open)
// hands its files to the running app and quits, so two windows never write one user database.
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', (_event, argv) => {
    for (const path of handedFileArguments(argv, app.isPackaged)) shellHandlers.queueOpenedFile(path);
    const [window] = BrowserWindow.getAllWindows();
    if (window === undefined) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    window.webContents.send(SHELL_CHANNELS.fileWaiting);
  });
  start().catch(failedToStart);
} else {
  app.quit();
}
