// Runs the memo pack's writing in a worker (memoPackWorker.ts) so the window stays responsive; where
// no worker can start, it runs here instead: slower to the eye, same bytes. A cancel ends the worker.
import { ExportCancelled } from './exportSettings';
import type { MemoPackInput } from './memoPackWriter';

export type MemoPackJob = MemoPackInput;

function inWorker(job: MemoPackJob, signal: AbortSignal | undefined): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./memoPackWorker.ts', import.meta.url), { type: 'module' });
    const cancel = (): void => {
      worker.terminate();
      reject(new ExportCancelled());
    };
    signal?.addEventListener('abort', cancel, { once: true });
    const done = (): void => {
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<Uint8Array>) => {
      done();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      done();
      event.preventDefault();
      reject(new Error('the memo pack worker did not start'));
    };
    worker.postMessage(job);
  });
}

export async function memoPackOffMainThread(job: MemoPackJob, signal?: AbortSignal): Promise<Uint8Array> {
  if (signal?.aborted === true) throw new ExportCancelled();
  if (typeof Worker !== 'undefined') {
    try {
      return await inWorker(job, signal);
    } catch (error) {
      if (error instanceof ExportCancelled) throw error;
      // Fall through: the pack is still made, on this thread.
    }
  }
  const { writeMemoPack } = await import('./memoPackWriter');
  return writeMemoPack(job);
}
