// Finds the Electron binary for `npm start`, downloading it on first use where the network allows.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export interface ElectronRuntime {
  readonly binary: string;
  readonly version: string;
  readonly abi: string;
}

export function electronPackageDir(): string {
  return dirname(require.resolve('electron/package.json'));
}

function installedBinary(dir: string): string | null {
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** The Electron binary, or null when it is absent and cannot be downloaded (as on an offline machine). */
export function findElectronRuntime(): ElectronRuntime | null {
  const dir = electronPackageDir();
  let binary = installedBinary(dir);
  if (binary === null && process.env.IPS_ATLAS_NO_DOWNLOAD !== '1') {
    spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'ignore', timeout: 300_000 });
    binary = installedBinary(dir);
  }
  if (binary === null) return null;
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return { binary, version: pkg.version, abi: readFileSync(join(dir, 'abi_version'), 'utf8').trim() };
}
