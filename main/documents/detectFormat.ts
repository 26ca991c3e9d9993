// Which importer reads a file: its extension says what the user thinks it is, its first bytes must
// agree (a PDF renamed .txt, or a Word file renamed .pdf, is told so rather than read as garbage).
import type { DocumentFormat } from '../../shared/contract';
import { documentError } from './documentError';

const BY_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  pdf: 'pdf',
  docx: 'docx',
};

const PDF_MAGIC = '%PDF-';
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function detectFormat(fileName: string, bytes: Uint8Array): DocumentFormat {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const format = BY_EXTENSION[extension];
  if (format === undefined) {
    throw documentError('DOCUMENT_UNSUPPORTED', fileName, 'only .txt, .md, .pdf and .docx files are read.');
  }
  // A PDF may carry a little junk before its header; readers look in the first kilobyte.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const isPdf = head.includes(PDF_MAGIC);
  const isZip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (format === 'pdf' && !isPdf) throw documentError('DOCUMENT_MALFORMED', fileName, 'it does not start like a PDF.');
  if ((format === 'text' || format === 'markdown') && (isPdf || isZip)) {
    throw documentError('DOCUMENT_MALFORMED', fileName, `it is a ${isPdf ? 'PDF' : 'zip or Word'} file, not text.`);
  }
  return format;
}
