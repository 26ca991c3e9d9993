// A separate process over the user database, as the hardening tests need one: `write` saves views
// until it is killed, acknowledging each save on stdout only after it returned; `probe` opens the
// user store as the user it runs as and reports its status, the views it shows and how a save ends.
// Only the user store is bundled: the graph store is not needed to judge the user's file.
import { AppError } from '../../../shared/contract';
import { UserStore } from '../../../main/store/userStore';

function probe(path: string): void {
  const store = new UserStore(path);
  let save: string;
  try {
    store.saveView('probe', { nodeIds: ['europol'] });
    save = 'saved';
  } catch (error) {
    save = error instanceof AppError ? error.code : `raw error: ${String(error)}`;
  }
  const report = { status: store.status(), views: store.views().map((v) => v.name), save };
  store.close();
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

function write(path: string, runId: string): void {
  const store = new UserStore(path);
  process.stdout.write(`ready ${JSON.stringify(store.status())}\n`);
  // Views of up to two kilobytes, so a kill often lands inside a commit's write rather than between two.
  const padding = 'x'.repeat(256 + Math.floor(Math.random() * 2048));
  for (let i = 0; ; i += 1) {
    const name = `${runId}-${String(i)}`;
    store.saveView(name, { i, padding });
    store.saveLastView({ runId, i });
    // Pipes are synchronous on Linux: this line is out before the next save starts.
    process.stdout.write(`ack ${name}\n`);
  }
}

const [mode, path = '', runId = ''] = process.argv.slice(2);
if (mode === 'write') write(path, runId);
else if (mode === 'probe') probe(path);
else throw new Error(`userDbChild: unknown mode "${String(mode)}" (write | probe)`);
