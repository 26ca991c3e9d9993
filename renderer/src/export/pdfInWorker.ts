// Runs the PDF report in a worker (pdfWorker.ts) so the window stays responsive; where no worker can
// start (a test's DOM, a locked-down page), it runs here instead: slower to the eye, same bytes.
// A cancel ends the worker at once.
import { ExportCancelled } from './exportSettings';
import type { PdfInput } from './formats/pdfReport';

function inWorker(input: PdfInput, signal: AbortSignal | undefined): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module' });
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
      reject(new Error('the PDF worker did not start'));
    };
    worker.postMessage(input);
  });
}

export async function pdfReportOffMainThread(input: PdfInput, signal?: AbortSignal): Promise<Uint8Array> {
  if (signal?.aborted === true) throw new ExportCancelled();
  if (typeof Worker !== 'undefined') {
    try {
      return await inWorker(input, signal);
    } catch (error) {
      if (error instanceof ExportCancelled) throw error;
      // Fall through: the report is still made, on this thread.
    }
  }
  const { pdfReport } = await import('./formats/pdfReport');
  return pdfReport(input);
}
