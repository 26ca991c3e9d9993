// Builds the three bundles: main (Electron shell + browser-mode server), the sandboxed preload
// (CommonJS, as a sandboxed preload cannot be ESM) and the renderer.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { cspMetaTag } from './build/scripts/cspMeta';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: { index: resolve('main/electron/main.ts'), serve: resolve('main/http/serve.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { preload: resolve('main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), cspMetaTag()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves bundles unminified; the renderer loads faster minified (page-load target ≤ 1 s).
      // ATLAS_NO_MINIFY=1 keeps names readable for profiling.
      minify: process.env.ATLAS_NO_MINIFY === undefined,
      rolldownOptions: { input: resolve('renderer/index.html') },
      chunkSizeWarningLimit: 2000,
    },
  },
});
