// Test projects split by environment: node (store, service, transports, dataset, facts),
// jsdom (components), e2e (Chromium against browser mode; needs `npm run build` first).
// Timeouts only catch hangs: real work (compiling the dataset in a hook, reading a PDF back) takes
// several times longer on a 2-core machine that is busy with other work, and must not fail there.
const UNIT_TIMEOUTS = { testTimeout: 30_000, hookTimeout: 60_000 };
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          ...UNIT_TIMEOUTS,
          include: [
            'main/**/*.test.ts',
            'shared/**/*.test.ts',
            'build/**/*.test.ts',
            'test/contract/**/*.test.ts',
            'test/dataset/**/*.test.ts',
            'test/facts/**/*.test.ts',
            'test/packaging/**/*.test.ts',
            'test/export/**/*.test.ts',
            'test/hardening/**/*.test.ts',
            'test/documents/**/*.test.ts',
            'test/curation/**/*.test.ts',
            'test/exchange/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          ...UNIT_TIMEOUTS,
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          setupFiles: ['test/support/jsdomSetup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/support/globalSetup.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
