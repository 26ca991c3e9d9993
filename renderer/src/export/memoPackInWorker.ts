// Runs the memo pack's writing in a worker (memoPackWorker.ts), or here where no worker starts
// (offMainThread.ts).
import type { MemoPackInput } from './memoPackWriter';
import { offMainThread } from './offMainThread';

export type MemoPackJob = MemoPackInput;

export function memoPackOffMainThread(job: MemoPackJob, signal?: AbortSignal): Promise<Uint8Array> {
  return offMainThread({
    input: job,
    startWorker: () => new Worker(new URL('./memoPackWorker.ts', import.meta.url), { type: 'module' }),
    here: async (input) => (await import('./memoPackWriter')).writeMemoPack(input),
    what: 'memo pack',
    signal,
  });
}
