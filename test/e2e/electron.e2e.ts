// The same journey in Electron where its binary is present; skipped, saying why, where it is absent (as
// on our machines: it cannot be downloaded). There `npm start` must say so in one sentence naming
// browser mode, which the second test checks.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ensureElectronNative } from '../../build/scripts/electronNative';
import { findElectronRuntime } from '../../build/scripts/electronRuntime';
import { screenshot } from './support/chromium';

const electronDir = 'node_modules/electron';
const pathFile = join(electronDir, 'path.txt');
const electronBinary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
const hasElectronBinary = electronBinary !== null && existsSync(electronBinary);

if (!hasElectronBinary)
  console.log(
    `Skipping the Electron journey: no Electron binary at ${electronBinary ?? `${electronDir}/dist (no path.txt)`}` +
      ' (it downloads from outside the npm registry); the browser-mode journeys cover the UI.',
  );

describe('Electron shell', () => {
  it.skipIf(!hasElectronBinary)('runs the Europol journey in Electron', async () => {
    const runtime = findElectronRuntime();
    if (runtime === null || electronBinary === null)
      throw new Error('the Electron binary was found but its runtime could not be read');
    const app = await _electron.launch({
      executablePath: electronBinary,
      args: ['.'],
      env: { ...process.env, IPS_ATLAS_NATIVE_BINDING: ensureElectronNative(runtime) },
    });
    try {
      const window = await app.firstWindow();
      await window.getByRole('combobox').fill('Europol');
      await window
        .getByRole('option', { name: /Europol/ })
        .first()
        .waitFor();
      await window.getByRole('combobox').press('Enter');
      await window.getByTestId('detail-panel').waitFor();
      expect(await window.getByTestId('citation-quote').count()).toBeGreaterThan(0);
      await screenshot(window, 'slice-europol-electron');
    } finally {
      await app.close();
    }
  });

  // What a user without the binary meets instead; a test of `npm start`, not a stand-in for the journey.
  it.runIf(!hasElectronBinary)('npm start says in one line, without a stack trace, to use npm run serve', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'build/scripts/startElectron.ts'], {
      env: { ...process.env, IPS_ATLAS_NO_DOWNLOAD: '1' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('npm run serve');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
