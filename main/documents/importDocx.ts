// Word (.docx): the body's text through mammoth's extractRawText (a well-kept reader that follows
// the document's structure: paragraphs, tables, lists), the metadata from core.xml. An encrypted
// Word file is not a zip at all but an OLE container: it is told apart by its first bytes.
import mammoth from 'mammoth';
import { documentError } from './documentError';
import { readDocxCore } from './docxCore';
import { cleanText, joinPages, type ExtractedDocument } from './extracted';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export async function importDocx(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw documentError('DOCUMENT_ENCRYPTED', fileName, 'it is protected with a password.');
  }
  const core = readDocxCore(bytes, fileName);
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw documentError('DOCUMENT_MALFORMED', fileName, 'its Word document body cannot be read.');
  }
  // mammoth ends every paragraph with a blank line: kept between paragraphs (search cuts passages there).
  const text = cleanText(raw).replaceAll('\f', '\n').replace(/\n+$/, '');
  if (!/[\p{L}\p{N}]/u.test(text)) throw documentError('DOCUMENT_NO_TEXT', fileName, 'it holds no text.');
  return { ...joinPages([text]), ...core };
}
