// PDF: text extracted offline with pdfjs-dist's legacy build (the one meant for Node), page by page,
// so page numbers survive; Title, Author and CreationDate come from the document's info dictionary.
// A password-protected file, a file without a text layer (scanned images) and a damaged file are
// refused with their own codes.
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { documentError } from './documentError';
import { cleanText, joinPages, metaText, type ExtractedDocument, type PageProgress } from './extracted';
import { pdfDate } from './pdfDate';
import { loadPdfWorker } from './pdfWorker';

export async function importPdf(
  bytes: Uint8Array,
  fileName: string,
  onPage?: PageProgress,
): Promise<ExtractedDocument> {
  await loadPdfWorker();
  const pdf = await openPdf(bytes, fileName);
  try {
    const pageTexts: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      pageTexts.push(await pageText(pdf, number, fileName));
      onPage?.(number, pdf.numPages);
      // pdfjs's in-thread worker answers with promises only: yield to the event loop once a page,
      // so progress polls and other calls are answered while a long file is read.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (!pageTexts.some((t) => /[\p{L}\p{N}]/u.test(t))) {
      throw documentError('DOCUMENT_NO_TEXT', fileName, 'its pages hold no text layer (scanned images only?).');
    }
    const info = await metadata(pdf);
    return {
      ...joinPages(pageTexts),
      title: metaText(info.Title),
      author: metaText(info.Author, 200),
      date: pdfDate(info.CreationDate),
    };
  } finally {
    // A damaged file may fail to tear down too: the refusal above is what the user needs to hear.
    await pdf.destroy().catch(() => undefined);
  }
}

async function openPdf(bytes: Uint8Array, fileName: string): Promise<PDFDocumentProxy> {
  // pdfjs takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    if (errorName(error) === 'PasswordException') {
      throw documentError('DOCUMENT_ENCRYPTED', fileName, 'it is protected with a password.');
    }
    throw documentError('DOCUMENT_MALFORMED', fileName, 'it is not a readable PDF.');
  }
}

/** One page's text: pdfjs's text items in content order, a line break where the PDF ends a line. */
async function pageText(pdf: PDFDocumentProxy, number: number, fileName: string): Promise<string> {
  try {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    page.cleanup();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str;
      if (item.hasEOL) text += '\n';
    }
    return cleanText(text).replaceAll('\f', '\n');
  } catch {
    throw documentError('DOCUMENT_MALFORMED', fileName, `page ${String(number)} cannot be read.`);
  }
}

async function metadata(pdf: PDFDocumentProxy): Promise<Record<string, unknown>> {
  try {
    // pdfjs types the info dictionary as a bare object: its fields are read as unknown and checked.
    const { info } = await pdf.getMetadata();
    return info as Record<string, unknown>;
  } catch {
    return {};
  }
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
    ? error.name
    : '';
}
