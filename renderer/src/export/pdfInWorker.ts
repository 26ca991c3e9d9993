// Runs the PDF report in a worker (pdfWorker.ts), or here where no worker starts (offMainThread.ts).
import type { PdfInput } from './formats/pdfReport';
import { offMainThread } from './offMainThread';

export function pdfReportOffMainThread(input: PdfInput, signal?: AbortSignal): Promise<Uint8Array> {
  return offMainThread({
    input,
    startWorker: () => new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module' }),
    here: async (job) => (await import('./formats/pdfReport')).pdfReport(job),
    what: 'PDF',
    signal,
  });
}
