// What the user sees when their own database is not as it should be, in Chromium against browser
// mode: a damaged file, an empty one, one written by a newer app, one locked by another program, a
// read-only and an unreadable one (real file modes: as root, serve runs as `nobody`), and a disk
// that fills up mid-session (a real 256 KiB tmpfs, as root only: mounting needs it). Each shows a
// notice naming the file and what to do, kept as a screenshot under artefacts/; a save the storage
// refuses answers with its own code and HTTP status.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
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

/** `nobody` on Debian: as root, serve runs as this user, for whom a root-owned file's modes hold. */
const NOBODY = { uid: 65534, gid: 65534 };
const isRoot = process.getuid?.() === 0;

/**
 * Takes write (or all) access away, as test/hardening does: for `nobody` a root-owned 0755 folder and
 * 0644 file are read-only and a 0600 file unreadable; for a non-root owner the modes tighten further.
 */
function restrict(path: string, access: 'read-only' | 'none'): void {
  chmodSync(path, access === 'none' ? (isRoot ? 0o600 : 0o000) : isRoot ? 0o644 : 0o444);
  chmodSync(dirname(path), isRoot ? 0o755 : 0o555);
}

interface Case {
  readonly prepare: (path: string) => Promise<void> | void;
  readonly says: RegExp;
  readonly refused?: string;
  /** Serve runs as `nobody` when the tests run as root (root ignores file modes). */
  readonly unprivileged?: boolean;
}

const CASES: Record<string, Case> = {
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
  'read-only': {
    prepare: (path) => {
      withView(path);
      restrict(path, 'read-only');
    },
    says: /staat op een alleen-lezen plek.*opslaan is uitgeschakeld/,
    refused: 'STORAGE_READ_ONLY',
    unprivileged: true,
  },
  unreadable: {
    prepare: (path) => {
      withView(path);
      restrict(path, 'none');
    },
    says: /geen toestemming om uw gebruikersbestand .* te lezen/,
    refused: 'STORAGE_READ_ONLY',
    unprivileged: true,
  },
};

describe('storage notices in the UI', () => {
  for (const [name, { prepare, says, refused, unprivileged = false }] of Object.entries(CASES)) {
    it(`case "${name}": the UI names the user database and what to do`, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'atlas-e2e-storage-'));
      const path = join(dataDir, USER_DB_FILE);
      await prepare(path);
      const serve = await startServe(dataDir, [], unprivileged && isRoot ? NOBODY : undefined);
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

/** Fills the file system holding `dir` until it refuses another byte. */
function fillUp(dir: string): void {
  const filler = join(dir, 'filler.bin');
  const chunk = Buffer.alloc(4096, 1);
  for (;;) {
    try {
      appendFileSync(filler, chunk);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOSPC') return;
      throw error;
    }
  }
}

// Mounting a tmpfs needs root; CI runs as root (see test/hardening), a developer's machine may not.
describe.runIf(isRoot)('a disk that fills up during the session', () => {
  it('refuses the save with the disk-full words and shows the storage notice naming the file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-e2e-full-'));
    const mount = join(dataDir, 'small');
    mkdirSync(mount);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mount]);
    const path = join(mount, USER_DB_FILE);
    withView(path);
    const serve = await startServe(mount);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(serve.url);
      const views = page.getByTestId('saved-views');
      await views.getByRole('textbox').waitFor({ timeout: 20_000 });
      fillUp(mount);
      await views.getByRole('textbox').fill('Na de volle schijf');
      await views.getByRole('button', { name: 'Opslaan' }).click();
      const notice = page.getByTestId('storage-notice');
      await notice.waitFor({ timeout: 20_000 });
      const text = (await notice.innerText()).replace(/\s+/g, ' ');
      console.log(`tried saving a view on a full 256 KiB tmpfs; the UI says: ${text}`);
      expect(text).toContain(path);
      expect(text).toMatch(/is vol: de laatste wijziging is niet opgeslagen/);
      expect(await page.getByText(/Niet opgeslagen: de schijf is vol/).count()).toBeGreaterThan(0);
      console.log(`screenshot: ${await screenshot(page, 'storage-full')}`);
    } finally {
      await browser.close();
      await serve.stop();
      execFileSync('umount', [mount]);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
