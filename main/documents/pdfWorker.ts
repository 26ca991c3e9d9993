// pdfjs in Node runs its "worker" in this thread: loading the worker module up front (and handing it
// over through the global pdfjs looks for) spares pdfjs a dynamic import that a bundled main process
// could not resolve, and loads it once for every import after the first.
let loading: Promise<void> | null = null;

export function loadPdfWorker(): Promise<void> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((worker: unknown) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  });
  return loading;
}
