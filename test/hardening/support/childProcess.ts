// Bundles userDbChild.ts once into a plain script (better-sqlite3 left external), so each child
// starts in a fraction of a second instead of compiling TypeScript: the crash test starts dozens.
// better-sqlite3 is copied beside it — its JavaScript and its native binary, no build tree — because
// the read-only checks run the child as an unprivileged user, who may not enter the checkout at all
// (fresh-check clones into a 0700 temp folder, and /root is 0700): found through NODE_PATH, the
// module failed to load there and the storage tests failed on a healthy machine.
import { chmodSync, cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

/** better-sqlite3 and what it requires at run time, with the parts each needs. */
const RUNTIME_PACKAGES: Readonly<Record<string, readonly string[]>> = {
  'better-sqlite3': ['package.json', 'lib', join('build', 'Release', 'better_sqlite3.node')],
  bindings: ['package.json', 'bindings.js'],
  'file-uri-to-path': ['package.json', 'index.js'],
};

/** Copies the runtime packages into `dir/node_modules`, every folder and file open to every user. */
function copyRuntime(dir: string): void {
  for (const [name, parts] of Object.entries(RUNTIME_PACKAGES)) {
    for (const part of parts) {
      cpSync(resolve('node_modules', name, part), join(dir, 'node_modules', name, part), { recursive: true });
    }
  }
  openToAll(join(dir, 'node_modules'));
}

function openToAll(folder: string): void {
  chmodSync(folder, 0o755);
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) openToAll(path);
    else chmodSync(path, 0o644);
  }
}

let bundled: string | null = null;

export function childScript(): string {
  if (bundled !== null) return bundled;
  const dir = mkdtempSync(join(tmpdir(), 'atlas-child-'));
  // Readable by every user: the read-only checks run it as an unprivileged user when CI is root.
  chmodSync(dir, 0o755);
  const outfile = join(dir, 'userDbChild.cjs');
  buildSync({
    entryPoints: [resolve('test/hardening/support/userDbChild.ts')],
    bundle: true,
    platform: 'node',
    // CommonJS, so `require('better-sqlite3')` finds the copy in node_modules beside the script.
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'warning',
  });
  chmodSync(outfile, 0o644);
  copyRuntime(dir);
  bundled = outfile;
  return outfile;
}
