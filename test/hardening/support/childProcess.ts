// Bundles userDbChild.ts once into a plain script (better-sqlite3 left external), so each child
// starts in a fraction of a second instead of compiling TypeScript: the crash test starts dozens.
// better-sqlite3 is copied beside it — its JavaScript and its native binary, no build tree — because
// the read-only checks run the child as an unprivileged user, who may not enter the checkout at all
// (fresh-check clones into a 0700 temp folder, and /root is 0700): found through NODE_PATH, the
// module failed to load there and the storage tests failed on a healthy machine.
import { chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { copyPackages, openFolder, openToAll, SQLITE_RUNTIME } from '../../support/openCopy';

let bundled: string | null = null;

export function childScript(): string {
  if (bundled !== null) return bundled;
  // Readable by every user: the read-only checks run it as an unprivileged user when CI is root.
  const dir = openFolder('atlas-child-');
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
  copyPackages(dir, SQLITE_RUNTIME);
  openToAll(join(dir, 'node_modules'));
  bundled = outfile;
  return outfile;
}
