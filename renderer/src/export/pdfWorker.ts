// The PDF report written off the main thread: jsPDF embeds the fonts and re-encodes the picture in
// one synchronous call of seconds for the whole graph, which would freeze the window.
import { pdfReport, type PdfInput } from './formats/pdfReport';

self.onmessage = (event: MessageEvent<PdfInput>) => {
  const bytes = pdfReport(event.data);
  self.postMessage(bytes, { transfer: [bytes.buffer] });
};
