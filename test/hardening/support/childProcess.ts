// Bundles userDbChild.ts once into a plain script (better-sqlite3 left external), so each child
// starts in a fraction of a second instead of compiling TypeScript: the crash test starts dozens.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

/** Where better-sqlite3 is found from a script outside the repository. */
export const NODE_PATH = resolve('node_modules');

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
    // CommonJS, so `require('better-sqlite3')` honours NODE_PATH from a script outside the repository.
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'warning',
  });
  chmodSync(outfile, 0o644);
  bundled = outfile;
  return outfile;
}
