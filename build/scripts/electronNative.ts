// Builds a copy of better-sqlite3's native module for Electron's ABI, next to (never over) the
// Node build that `npm test` and browser mode use. The shell loads it through better-sqlite3's
// `nativeBinding` option, so `npm start` and `npm test` can run one after the other.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { ElectronRuntime } from './electronRuntime';

const require = createRequire(import.meta.url);

export function electronNativePath(runtime: ElectronRuntime): string {
  return resolve('out/native', `electron-abi${runtime.abi}`, 'better_sqlite3.node');
}

/** True when the file is a Node addon built for this ABI (it exports node_register_module_v<abi>). */
export function isBuiltForAbi(file: string, abi: string): boolean {
  return existsSync(file) && readFileSync(file).includes(Buffer.from(`node_register_module_v${abi}`));
}

export function ensureElectronNative(runtime: ElectronRuntime): string {
  const target = electronNativePath(runtime);
  if (isBuiltForAbi(target, runtime.abi)) return target;
  const packageDir = dirname(require.resolve('better-sqlite3/package.json'));
  const work = resolve('out/native/build-better-sqlite3');
  rmSync(work, { recursive: true, force: true });
  cpSync(packageDir, work, { recursive: true, filter: (src) => !src.includes(`${packageDir}/build`) });
  // ~/.npmrc may set nodedir to Node's headers; Electron needs its own, so drop every npm_config_*.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_config_')),
  );
  const gyp = require.resolve('node-gyp/bin/node-gyp.js');
  const result = spawnSync(
    process.execPath,
    [
      gyp,
      'rebuild',
      '--release',
      `--target=${runtime.version}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: work, env, stdio: 'inherit' },
  );
  const built = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (result.status !== 0 || !isBuiltForAbi(built, runtime.abi)) {
    throw new Error(`better-sqlite3 could not be built for Electron ${runtime.version} (ABI ${runtime.abi})`);
  }
  mkdirSync(dirname(target), { recursive: true });
  cpSync(built, target);
  rmSync(work, { recursive: true, force: true });
  return target;
}
