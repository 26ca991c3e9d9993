// The start-failure dialog's words: each failure the app can meet on a real laptop is named, with
// what to do, in Dutch by default and in English on an English system. The failures are real ones
// where they can be made here (a missing dataset, an unloadable native module); codes otherwise.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/contract/types';
import { GraphStore } from '../store/graphStore';
import { openSqlite, useNativeBinding } from '../store/nativeBinding';
import {
  classifyStartFailure,
  START_FAILURE_KINDS,
  startFailureLanguage,
  startFailureMessage,
  type StartFailureContext,
} from './startFailure';

const folder = mkdtempSync(join(tmpdir(), 'atlas-start-'));
const context: StartFailureContext = {
  datasetPath: join(folder, 'atlas.sqlite'),
  userDataDir: join(folder, 'userData'),
  locales: ['nl-NL'],
};

function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected the work to throw');
}

const nodeError = (code: string): Error => Object.assign(new Error(`${code}: simulated by the test`), { code });

describe('start failure classification', () => {
  it('names a missing dataset file', () => {
    const missing = thrownBy(() => new GraphStore(context.datasetPath));
    expect(classifyStartFailure(missing)).toBe('dataset');
  });

  it('names a database module that cannot be loaded', () => {
    const fake = join(folder, 'better_sqlite3.node');
    writeFileSync(fake, 'not a shared library');
    useNativeBinding(fake);
    try {
      expect(classifyStartFailure(thrownBy(() => openSqlite(':memory:')))).toBe('native-module');
    } finally {
      useNativeBinding(undefined);
    }
  });

  it.each([
    ['SQLITE_BUSY', 'user-data-locked'],
    ['STORAGE_LOCKED', 'user-data-locked'],
    ['EACCES', 'user-data-denied'],
    ['EROFS', 'user-data-denied'],
    ['SQLITE_READONLY', 'user-data-denied'],
    ['SQLITE_CANTOPEN', 'user-data-denied'],
    ['ENOSPC', 'user-data-full'],
    ['SQLITE_FULL', 'user-data-full'],
    ['STORAGE_NEWER_VERSION', 'user-data-newer'],
  ] as const)('names %s as %s', (code, kind) => {
    expect(classifyStartFailure(nodeError(code))).toBe(kind);
  });

  it('calls anything else unexpected, including things that are not errors', () => {
    expect(classifyStartFailure(new TypeError('x is undefined'))).toBe('unknown');
    expect(classifyStartFailure('a string')).toBe('unknown');
    expect(classifyStartFailure(null)).toBe('unknown');
  });
});

describe('start failure message', () => {
  it.each([
    [['en-GB', 'nl-NL'], 'en'],
    [['en'], 'en'],
    [['en_US'], 'en'],
    [['nl-NL', 'en-GB'], 'nl'],
    [['de-DE'], 'nl'],
    [['eng'], 'nl'],
    [[], 'nl'],
  ] as const)('speaks the language of %j: %s', (locales, language) => {
    expect(startFailureLanguage(locales)).toBe(language);
  });

  it('tells a Dutch user which file is missing and what to do, with the error as details', () => {
    const missing = thrownBy(() => new GraphStore(context.datasetPath));
    const message = startFailureMessage(missing, context);
    expect(message.title).toBe('IPS Atlas kan niet starten');
    expect(message.content).toContain(context.datasetPath);
    expect(message.content).toContain('Installeer IPS Atlas opnieuw');
    expect(message.content).toContain(`Details: ${(missing as Error).message}`);
  });

  it('tells an English user where their data is when the folder may not be written', () => {
    const message = startFailureMessage(nodeError('EACCES'), { ...context, locales: ['en-US'] });
    expect(message.title).toBe('IPS Atlas cannot start');
    expect(message.content).toContain(context.userDataDir);
    expect(message.content).toMatch(/Check the permissions of this folder/);
  });

  it('has words in every language for every kind of failure, each with something to do', () => {
    for (const locales of [['nl-NL'], ['en-GB']]) {
      const texts = START_FAILURE_KINDS.map((kind) => {
        const error = kind === 'unknown' ? new Error('boom') : nodeError(codeFor(kind));
        expect(classifyStartFailure(error)).toBe(kind);
        return startFailureMessage(error, { ...context, locales }).content;
      });
      expect(new Set(texts).size).toBe(START_FAILURE_KINDS.length);
    }
    expect(LANGUAGES).toEqual(['nl', 'en']);
  });

  it('keeps a huge error text short enough for a dialog', () => {
    const message = startFailureMessage(new Error('x'.repeat(10_000)), context);
    expect(message.content.length).toBeLessThan(1_000);
    expect(message.content.endsWith('…')).toBe(true);
  });
});

function codeFor(kind: Exclude<(typeof START_FAILURE_KINDS)[number], 'unknown'>): string {
  const codes = {
    dataset: 'UNAVAILABLE',
    'native-module': 'ERR_DLOPEN_FAILED',
    'user-data-locked': 'SQLITE_BUSY',
    'user-data-full': 'ENOSPC',
    'user-data-denied': 'EPERM',
    'user-data-newer': 'STORAGE_NEWER_VERSION',
  } as const;
  return codes[kind];
}
