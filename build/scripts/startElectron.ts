// `npm start` (after `npm run build`): launches the Electron app on the bundled dataset.
// Where Electron's binary cannot be had, it says so in one sentence and names browser mode.
import { spawn } from 'node:child_process';
import { ensureElectronNative } from './electronNative';
import { findElectronRuntime } from './electronRuntime';

const runtime = findElectronRuntime();
if (runtime === null) {
  console.error(
    'IPS Atlas cannot open its desktop window because the Electron runtime is not installed and could not be downloaded; run `npm run serve` to use IPS Atlas in your browser instead.',
  );
  process.exit(1);
}

let nativeBinding: string;
try {
  nativeBinding = ensureElectronNative(runtime);
} catch (error) {
  console.error(
    `IPS Atlas cannot open its desktop window because ${(error as Error).message}; run \`npm run serve\` to use IPS Atlas in your browser instead.`,
  );
  process.exit(1);
}

const child = spawn(runtime.binary, ['.', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, IPS_ATLAS_NATIVE_BINDING: nativeBinding },
});
child.on('exit', (code) => process.exit(code ?? 0));
