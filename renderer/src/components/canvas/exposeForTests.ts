// Puts the canvas's Cytoscape instance on `window.__atlasCy` for the e2e tests and benchmarks — in test
// builds only. The flag is fixed at build time (VITE_ATLAS_TEST=1, set by test/e2e/support/testBuild.ts),
// so a production bundle compares `undefined` with '1' and drops the assignment.
import type { Core } from 'cytoscape';

declare global {
  interface ImportMetaEnv {
    readonly VITE_ATLAS_TEST?: string;
  }
  interface Window {
    __atlasCy?: Core;
  }
}

export function exposeForTests(cy: Core | null): void {
  if (import.meta.env.VITE_ATLAS_TEST !== '1') return;
  if (cy === null) delete window.__atlasCy;
  else window.__atlasCy = cy;
}
