// What the user sees when their own database is not as it should be, in Chromium against browser
// mode: a damaged file, an empty one, one written by a newer app, one locked by another program.
// Each shows a notice naming the file and what to do, kept as a screenshot under artefacts/; a save
// the storage refuses answers with its own code and HTTP status.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { USER_DB_FILE } from '../../main/service/openService';
import { openSqlite } from '../../main/store/nativeBinding';
import { UserStore } from '../../main/store/userStore';
import { launchChromium, screenshot } from './support/chromium';
import { startServe } from './support/serveProcess';

const holders: ChildProcess[] = [];
afterAll(() => {
  for (const holder of holders) holder.kill();
});

function withView(path: string): void {
  const store = new UserStore(path);
  store.saveView('Grensregio', { nodeIds: ['europol'] });
  store.close();
}

/** Another program holding the file with `locking_mode=EXCLUSIVE`, until the test ends. */
function lockedByAnother(path: string): Promise<void> {
  const script = `const db = new (require('better-sqlite3'))(process.argv[1]);
    db.pragma('locking_mode = EXCLUSIVE'); db.exec('BEGIN EXCLUSIVE; COMMIT');
    console.log('locked'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script, path], { stdio: ['ignore', 'pipe', 'inherit'] });
  holders.push(child);
  return new Promise((resolve) => createInterface({ input: child.stdout }).once('line', () => resolve()));
}

const CASES: Record<string, { prepare: (path: string) => Promise<void> | void; says: RegExp; refused?: string }> = {
  damaged: { prepare: (path) => writeFileSync(path, 'not a database'), says: /was beschadigd.*bewaard als .*damaged-/ },
  empty: { prepare: (path) => writeFileSync(path, ''), says: /was leeg \(0 bytes\).*bewaard als/ },
  'newer-version': {
    prepare: (path) => {
      withView(path);
      const db = openSqlite(path);
      db.pragma('user_version = 9');
      db.close();
    },
    says: /nieuwere IPS Atlas \(versie 9\).*Werk IPS Atlas bij/,
    refused: 'STORAGE_NEWER_VERSION',
  },
  locked: {
    prepare: async (path) => {
      withView(path);
      await lockedByAnother(path);
    },
    says: /vergrendeld door een ander programma.*start IPS Atlas opnieuw/,
    refused: 'STORAGE_LOCKED',
  },
};

describe('storage notices in the UI', () => {
  for (const [name, { prepare, says, refused }] of Object.entries(CASES)) {
    it(`case "${name}": the UI names the user database and what to do`, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'atlas-e2e-storage-'));
      const path = join(dataDir, USER_DB_FILE);
      await prepare(path);
      const serve = await startServe(dataDir);
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(serve.url);
        const notice = page.getByTestId('storage-notice');
        await notice.waitFor({ timeout: 20_000 });
        const text = await notice.innerText();
        console.log(`tried the "${name}" user database; the UI says: ${text}`);
        expect(text).toContain(path);
        expect(text.replace(/\s+/g, ' ')).toMatch(says);
        console.log(`screenshot: ${await screenshot(page, `storage-${name}`)}`);
        if (refused !== undefined) {
          const token = /token=([\w-]+)/.exec(serve.url)?.[1] ?? '';
          const response = await fetch(`${serve.origin}/api/view.save`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-ips-atlas-token': token, origin: serve.origin },
            body: JSON.stringify({ name: 'Nieuw', state: {} }),
          });
          expect(response.status).toBe(409);
          expect(((await response.json()) as { error: { code: string } }).error.code).toBe(refused);
        }
      } finally {
        await browser.close();
        await serve.stop();
      }
    });
  }
});
