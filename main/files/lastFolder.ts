// Remembers the folder the user last saved to or opened from, in a small JSON file in the user-data
// folder, so the next save dialog starts there. A missing or damaged file just means "no folder yet".
import { readFile } from 'node:fs/promises';
import { atomicWrite } from './atomicWrite';

export interface LastFolder {
  get(): Promise<string | null>;
  set(folder: string): Promise<void>;
}

export function lastFolderIn(stateFile: string): LastFolder {
  return {
    async get() {
      try {
        const parsed = JSON.parse(await readFile(stateFile, 'utf8')) as unknown;
        const folder = (parsed as { lastFolder?: unknown } | null)?.lastFolder;
        return typeof folder === 'string' && folder !== '' ? folder : null;
      } catch {
        return null;
      }
    },
    async set(folder) {
      await atomicWrite(stateFile, `${JSON.stringify({ lastFolder: folder }, null, 2)}\n`);
    },
  };
}
