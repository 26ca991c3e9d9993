// electron-builder.yml is checked against electron-builder's own JSON schema, and for the
// promises this project makes about packaging (targets, dataset resource, unpacked SQLite).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('builds NSIS, dmg, AppImage and deb with an app id and product name', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
    expect(config.productName).toBe('IPS Atlas');
    expect(config.win).toMatchObject({ target: ['nsis'] });
    expect(config.mac).toMatchObject({ target: ['dmg'] });
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
  });

  it('ships the dataset beside the asar and keeps better-sqlite3 unpacked', () => {
    expect(config.extraResources).toContainEqual({ from: 'out/data/atlas.sqlite', to: 'atlas.sqlite' });
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
  });
});

describe('Electron fuses in electron-builder.yml', () => {
  // Read from the configuration electron-builder packs with, not from a copy: a fuse dropped or
  // flipped there fails here. Each one closes a way to run code in the packaged app's name.
  const fuses = (config.electronFuses ?? {}) as Record<string, unknown>;
  const expected = {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
  };

  it.each(Object.entries(expected))('sets %s to %s', (fuse, value) => {
    expect(fuses[fuse]).toBe(value);
  });

  it('packs an asar, without which OnlyLoadAppFromAsar and asar integrity would lock the app out', () => {
    expect(config.asar).toBe(true);
  });
});
