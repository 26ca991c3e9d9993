// One entry for every format: checks the size, picks the importer, and refuses a file whose text
// is empty or too long to handle, so the caller stores either a whole document or nothing.
import { MAX_DOCUMENT_BYTES, type DocumentFormat } from '../../shared/contract';
import { detectFormat } from './detectFormat';
import { documentError } from './documentError';
import type { ExtractedDocument, PageProgress } from './extracted';
import { importDocx } from './importDocx';
import { importMarkdown } from './importMarkdown';
import { importText } from './importText';

/** About 2,000 dense pages: the viewer and the mention finder stay quick below it. */
export const MAX_DOCUMENT_CHARS = 5_000_000;

export interface ExtractedFile extends ExtractedDocument {
  readonly format: DocumentFormat;
}

export async function extractDocument(
  fileName: string,
  bytes: Uint8Array,
  onPage?: PageProgress,
): Promise<ExtractedFile> {
  const format = checkFile(fileName, bytes);
  const extracted = await read(format, fileName, bytes, onPage);
  if (extracted.text.length > MAX_DOCUMENT_CHARS) {
    throw documentError(
      'DOCUMENT_TOO_LARGE',
      fileName,
      `its text is longer than ${String(MAX_DOCUMENT_CHARS)} characters.`,
    );
  }
  if (!/[\p{L}\p{N}]/u.test(extracted.text)) throw documentError('DOCUMENT_NO_TEXT', fileName, 'it holds no text.');
  return { ...extracted, format };
}

/** The cheap checks, before any reading: size, emptiness, and a format the name and bytes agree on. */
export function checkFile(fileName: string, bytes: Uint8Array): DocumentFormat {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw documentError('DOCUMENT_TOO_LARGE', fileName, `it is larger than ${String(MAX_DOCUMENT_BYTES)} bytes.`);
  }
  if (bytes.byteLength === 0) throw documentError('DOCUMENT_NO_TEXT', fileName, 'the file is empty.');
  return detectFormat(fileName, bytes);
}

function read(
  format: DocumentFormat,
  fileName: string,
  bytes: Uint8Array,
  onPage?: PageProgress,
): Promise<ExtractedDocument> | ExtractedDocument {
  switch (format) {
    case 'text':
      return importText(bytes, fileName);
    case 'markdown':
      return importMarkdown(bytes, fileName);
    case 'pdf':
      // Loaded on the first PDF, not with the process: pdf.js builds a DOMMatrix when its module is
      // evaluated, which in Node exists only through @napi-rs/canvas — a server or app started
      // without it crashed before serving anything, though most sessions never read a PDF.
      return import('./importPdf').then(({ importPdf }) => importPdf(bytes, fileName, onPage));
    case 'docx':
      return importDocx(bytes, fileName);
  }
}
