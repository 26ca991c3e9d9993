// The app the e2e tests and benchmarks serve: `npm run build`'s server and dataset, with a renderer
// rebuilt as a test build (VITE_ATLAS_TEST=1, which exposes the canvas's Cytoscape instance as
// `window.__atlasCy`; production bundles do not). It lives in out/e2e, so a rebuild of out/ by someone
// else mid-run cannot take the handle away, and out/ itself stays a production build.
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const TEST_APP_DIR = 'out/e2e';
/** What the e2e tests spawn: serve.js finds its renderer and dataset next to itself (../renderer, ../data). */
export const TEST_SERVE_JS = `${TEST_APP_DIR}/main/serve.js`;

export async function buildTestApp(): Promise<void> {
  for (const needed of ['out/main/serve.js', 'out/data/atlas.sqlite'])
    if (!existsSync(needed)) throw new Error(`${needed} is missing: run \`npm run build\` before the e2e tests.`);
  // Built beside the live one and swapped in by two renames, so a run already serving out/e2e (another
  // engineer's, in a shared checkout) never finds it half-built or missing ("Not found: /").
  const staging = `${TEST_APP_DIR}.${String(process.pid)}`;
  rmSync(staging, { recursive: true, force: true });
  cpSync('out/main', `${staging}/main`, { recursive: true });
  cpSync('out/data', `${staging}/data`, { recursive: true });
  const previous = process.env.VITE_ATLAS_TEST;
  process.env.VITE_ATLAS_TEST = '1';
  try {
    // The renderer part of electron.vite.config.ts, aimed at the staging copy's renderer/.
    await build({
      configFile: false,
      root: 'renderer',
      base: './',
      plugins: [react()],
      logLevel: 'warn',
      build: {
        outDir: resolve(staging, 'renderer'),
        emptyOutDir: true,
        rolldownOptions: { input: resolve('renderer/index.html') },
        chunkSizeWarningLimit: 2000,
      },
    });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    if (previous === undefined) delete process.env.VITE_ATLAS_TEST;
    else process.env.VITE_ATLAS_TEST = previous;
  }
  const retired = `${TEST_APP_DIR}.old.${String(process.pid)}`;
  if (existsSync(TEST_APP_DIR)) renameSync(TEST_APP_DIR, retired);
  renameSync(staging, TEST_APP_DIR);
  rmSync(retired, { recursive: true, force: true });
}
