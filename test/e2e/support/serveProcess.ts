// Starts the test build of browser mode (`npm run serve`'s server, see testBuild.ts) on a free port with
// a fresh data folder, and reads the address it prints. Stopping it removes a data folder it created.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_SERVE_JS } from './testBuild';

export interface ServeProcess {
  readonly url: string;
  readonly origin: string;
  readonly dataDir: string;
  readonly output: () => string;
  stop(): Promise<void>;
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
  const args = [TEST_SERVE_JS, '--port', '0', '--data-dir', dir, ...extraArgs];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], ...as });
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
