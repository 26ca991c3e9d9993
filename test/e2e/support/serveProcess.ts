// Starts the test build of browser mode (`npm run serve`'s server, see testBuild.ts) on a free port with
// a fresh data folder, and reads the address it prints. Stopping it removes a data folder it created.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyPackages, openFolder, openToAll, SQLITE_RUNTIME } from '../../support/openCopy';
import { TEST_APP_DIR, TEST_SERVE_JS } from './testBuild';

export interface ServeProcess {
  readonly url: string;
  readonly origin: string;
  readonly dataDir: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

/** The packages the server bundle imports at run time (electron-vite leaves dependencies external). */
const SERVE_RUNTIME: Readonly<Record<string, readonly string[]>> = {
  ...SQLITE_RUNTIME,
  zod: ['.'],
  'fastest-levenshtein': ['.'],
};

let openServe: string | null = null;

/**
 * The test app and its run-time packages copied where another user may read them, once per test
 * process: serve run as `nobody` could not read the app inside a checkout in a 0700 folder.
 */
function serveScriptForAnyUser(): string {
  if (openServe !== null) return openServe;
  const dir = openFolder('atlas-serve-');
  for (const part of ['main', 'renderer', 'data'])
    cpSync(join(TEST_APP_DIR, part), join(dir, part), { recursive: true });
  copyPackages(dir, SERVE_RUNTIME);
  openToAll(dir);
  openServe = join(dir, 'main', 'serve.js');
  return openServe;
}

export function startServe(
  dataDir?: string,
  /** More options for serve, e.g. `['--dataset', file]` (the benchmark's synthetic graph). */
  extraArgs: readonly string[] = [],
  /** Run serve as this user (e.g. `nobody`, so file modes refuse a root-owned user database). */
  as?: { readonly uid: number; readonly gid: number },
): Promise<ServeProcess> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
  const removeOwnDir = (): void => {
    if (dataDir === undefined) rmSync(dir, { recursive: true, force: true });
  };
  const script = as === undefined ? TEST_SERVE_JS : serveScriptForAnyUser();
  const args = [script, '--port', '0', '--data-dir', dir, ...extraArgs];
  const child: ChildProcess = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    // Another user starts in a folder of its own: it may not be able to enter the checkout.
    ...(as === undefined ? {} : { ...as, cwd: tmpdir() }),
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`serve did not print its address within 20 s:\n${output}`));
    }, 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /running at (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      resolve({
        url,
        origin: new URL(url).origin,
        dataDir: dir,
        output: () => output,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) done();
            else {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }
          }).then(removeOwnDir),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      removeOwnDir();
      reject(new Error(`serve exited with ${String(code)}:\n${output}`));
    });
  });
}
