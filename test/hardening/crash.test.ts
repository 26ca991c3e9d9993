// Kills a process that is saving views, with SIGKILL at random moments, again and again on one
// file: after every kill SQLite's integrity check must pass and every save the writer acknowledged
// must be there, and the next start must open the file as it is (nothing set aside).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../main/store/nativeBinding';
import { childScript } from './support/childProcess';

const KILLS = Number(process.env.ATLAS_CRASH_KILLS ?? 50);

interface Run {
  readonly acked: string[];
  readonly ready: string;
}

/** Starts a writer, lets it save for a random while after it is ready, and SIGKILLs it. */
function killWhileWriting(script: string, path: string, runId: string, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, 'write', path, runId], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: string[] = [];
    let ready = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('ack ')) acked.push(line.slice(4));
      else if (line.startsWith('ready ')) {
        ready = line.slice(6);
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ acked, ready });
      else reject(new Error(`writer ${runId} exited by itself (code ${String(code)}): ${stderr}`));
    });
  });
}

describe('SIGKILL during saves', () => {
  it(`keeps the database intact and every acknowledged save, over ${String(KILLS)} kills`, async () => {
    const script = childScript();
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-crash-')), 'user.sqlite');
    const acked = new Set<string>();
    let lastAcked = -1;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const runId = `r${String(kill)}`;
      const run = await killWhileWriting(script, path, runId, Math.floor(Math.random() * 80));
      // Every start finds the file as the last one left it: writable, nothing set aside.
      expect(JSON.parse(run.ready)).toEqual({ file: path, mode: 'writable', events: [] });
      for (const name of run.acked) acked.add(name);
      lastAcked = run.acked.length > 0 ? run.acked.length - 1 : -1;
      const db = openSqlite(path, { readonly: true, fileMustExist: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const stored = new Set((db.prepare('SELECT name FROM saved_view').pluck().all() as string[]).values());
        const lost = [...acked].filter((name) => !stored.has(name));
        expect(lost, `acknowledged but missing after kill ${String(kill)}`).toEqual([]);
        if (lastAcked >= 0) {
          const last = JSON.parse(db.prepare('SELECT state FROM last_view').pluck().get() as string) as {
            runId: string;
            i: number;
          };
          // The last view is the newest acknowledged one, or one written after it before the kill.
          expect(last.runId).toBe(runId);
          expect(last.i).toBeGreaterThanOrEqual(lastAcked);
        }
      } finally {
        db.close();
      }
    }
    console.log(
      `crash test: ${String(KILLS)} SIGKILLs during saves; ${String(acked.size)} acknowledged saves, none lost; integrity_check ok after each`,
    );
    expect(acked.size).toBeGreaterThan(0);
  }, 120_000);
});
