// The app the e2e tests and benchmarks serve: `npm run build`'s server and dataset, with a renderer
// rebuilt as a test build (VITE_ATLAS_TEST=1, which exposes the canvas's Cytoscape instance as
// `window.__atlasCy`; production bundles do not). It lives in out/e2e, so a rebuild of out/ by someone
// else mid-run cannot take the handle away, and out/ itself stays a production build.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const TEST_APP_DIR = 'out/e2e';
/** What the e2e tests spawn: serve.js finds its renderer and dataset next to itself (../renderer, ../data). */
export const TEST_SERVE_JS = `${TEST_APP_DIR}/main/serve.js`;

export async function buildTestApp(): Promise<void> {
  for (const needed of ['out/main/serve.js', 'out/data/atlas.sqlite'])
    if (!existsSync(needed)) throw new Error(`${needed} is missing: run \`npm run build\` before the e2e tests.`);
  rmSync(TEST_APP_DIR, { recursive: true, force: true });
  cpSync('out/main', `${TEST_APP_DIR}/main`, { recursive: true });
  cpSync('out/data', `${TEST_APP_DIR}/data`, { recursive: true });
  const previous = process.env.VITE_ATLAS_TEST;
  process.env.VITE_ATLAS_TEST = '1';
  try {
    // The renderer part of electron.vite.config.ts, aimed at out/e2e/renderer.
    await build({
      configFile: false,
      root: 'renderer',
      base: './',
      plugins: [react()],
      logLevel: 'warn',
      build: {
        outDir: resolve(TEST_APP_DIR, 'renderer'),
        emptyOutDir: true,
        rolldownOptions: { input: resolve('renderer/index.html') },
        chunkSizeWarningLimit: 2000,
      },
    });
  } finally {
    if (previous === undefined) delete process.env.VITE_ATLAS_TEST;
    else process.env.VITE_ATLAS_TEST = previous;
  }
}
