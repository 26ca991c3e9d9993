// Runs one export's writing in a worker so the window stays responsive; where no worker can start (a
// test's DOM, a locked-down page) it runs here instead: slower to the eye, same bytes. A cancel ends
// the worker at once. The worker itself is started by the caller, because the bundler finds a
// worker's module only in a literal `new Worker(new URL('./x.ts', import.meta.url))` in that module.
import { ExportCancelled } from './exportSettings';

function inWorker(worker: Worker, input: unknown, signal: AbortSignal | undefined, what: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
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
      reject(new Error(`the ${what} worker did not start`));
    };
    worker.postMessage(input);
  });
}

export async function offMainThread<I>(job: {
  readonly input: I;
  /** Starts the worker that writes it (see above for why the caller does). */
  readonly startWorker: () => Worker;
  /** The same writing on this thread, loaded only when needed. */
  readonly here: (input: I) => Promise<Uint8Array>;
  /** What is written, for the error when no worker starts ("PDF", "memo pack"). */
  readonly what: string;
  readonly signal?: AbortSignal | undefined;
}): Promise<Uint8Array> {
  const { input, startWorker, here, what, signal } = job;
  if (signal?.aborted === true) throw new ExportCancelled();
  if (typeof Worker !== 'undefined') {
    try {
      return await inWorker(startWorker(), input, signal, what);
    } catch (error) {
      if (error instanceof ExportCancelled) throw error;
      // Fall through: the file is still made, on this thread.
    }
  }
  return here(input);
}
