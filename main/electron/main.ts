// The Electron shell: windows, IPC registration and app lifecycle. Everything else is plain Node.
import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openService } from '../service/openService';
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
  app.on('window-all-closed', () => {
    service.close();
    app.quit();
  });
  createWindow();
}

void start();
