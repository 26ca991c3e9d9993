// `npm run dist`: packages the app with electron-builder after building better-sqlite3 for
// Electron's ABI and checking the result. Needs network (Electron's runtime and headers).
import { spawnSync } from 'node:child_process';
import { ensureElectronNative } from './electronNative';
import { findElectronRuntime } from './electronRuntime';

const runtime = findElectronRuntime();
if (runtime === null) {
  console.error(
    'Packaging needs the Electron runtime, which could not be downloaded here; run `npm run dist` on a machine with network access.',
  );
  process.exit(1);
}
try {
  const native = ensureElectronNative(runtime);
  console.log(`better-sqlite3 for Electron ${runtime.version} (ABI ${runtime.abi}): ${native}`);
} catch (error) {
  console.error(`Packaging stopped: ${(error as Error).message}.`);
  process.exit(1);
}
const result = spawnSync('npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
