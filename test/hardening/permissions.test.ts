// Storage the operating system refuses: a read-only file and folder, an unreadable file, a damaged
// file in a folder where it cannot be moved, a folder that cannot be made. The probe runs as an
// unprivileged user (see support/storageCases.ts), so real permissions refuse, not a test flag.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRoot, openFolder, probe, restrict, userDbWithView } from './support/storageCases';

const how = isRoot ? 'as uid 65534 (nobody), files owned by root' : 'as the owner, after chmod';

describe(`storage refused by permissions (${how})`, () => {
  it('opens a read-only file in a read-only folder read-only: views shown, saving refused', () => {
    const dir = openFolder();
    const path = join(dir, 'user.sqlite');
    userDbWithView(path);
    restrict(dir, path, 'read-only');
    const before = readFileSync(path);
    const report = probe(path);
    console.log(`tried a read-only user database ${how}:`, JSON.stringify(report));
    expect(report.status).toEqual({ file: path, mode: 'read-only', events: [{ kind: 'read-only', file: path }] });
    expect(report.views).toEqual(['Bewaard']);
    expect(report.save).toBe('STORAGE_READ_ONLY');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('leaves an unreadable file in place and reports it, instead of starting over', () => {
    const dir = openFolder();
    const path = join(dir, 'user.sqlite');
    userDbWithView(path);
    restrict(dir, path, 'none');
    const before = readFileSync(path);
    const report = probe(path);
    console.log(`tried an unreadable user database ${how}:`, JSON.stringify(report));
    expect(report.status).toEqual({ file: path, mode: 'unavailable', events: [{ kind: 'no-permission', file: path }] });
    expect(report.save).toBe('STORAGE_READ_ONLY');
    expect(readdirSync(dir)).toEqual(['user.sqlite']);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('keeps a damaged file where it is when its folder is read-only, and says so', () => {
    const dir = openFolder();
    const path = join(dir, 'user.sqlite');
    writeFileSync(path, 'not a database, still the user’s file');
    restrict(dir, path, 'read-only');
    const report = probe(path);
    console.log(`tried a damaged user database in a read-only folder ${how}:`, JSON.stringify(report));
    expect(report.status).toEqual({ file: path, mode: 'unavailable', events: [{ kind: 'damaged-kept', file: path }] });
    expect(report.save).toBe('STORAGE_READ_ONLY');
    expect(readFileSync(path, 'utf8')).toBe('not a database, still the user’s file');
    expect(readdirSync(dir)).toEqual(['user.sqlite']);
  });

  it('runs without a user database when its folder cannot be made, instead of crashing', () => {
    const dir = openFolder();
    restrict(dir, null, 'read-only');
    const path = join(dir, 'missing', 'user.sqlite');
    const report = probe(path);
    console.log(`tried a user folder that cannot be created ${how}:`, JSON.stringify(report));
    expect(report.status.mode).toBe('unavailable');
    expect(report.status.events.map((e) => e.kind)).toEqual(['read-only']);
    expect(report.save).toBe('STORAGE_READ_ONLY');
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});
