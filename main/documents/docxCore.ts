// A Word file's own metadata (docProps/core.xml: dc:title, dc:creator, dcterms:created), which
// mammoth does not read. The zip's directory is checked first: a file that would unpack to more
// than MAX_DOCX_UNPACKED bytes is refused before anything is inflated.
import { unzipSync } from 'fflate';
import { documentError } from './documentError';
import { isoDate, metaText } from './extracted';

const MAX_DOCX_UNPACKED = 400 * 1024 * 1024;

export interface DocxCore {
  readonly title: string | null;
  readonly author: string | null;
  readonly date: string | null;
}

export function readDocxCore(bytes: Uint8Array, fileName: string): DocxCore {
  const seen = { unpacked: 0, hasBody: false };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        seen.unpacked += file.originalSize;
        if (file.name === 'word/document.xml') seen.hasBody = true;
        return file.name === 'docProps/core.xml';
      },
    });
  } catch {
    throw documentError('DOCUMENT_MALFORMED', fileName, 'it is not a readable Word (.docx) file.');
  }
  if (seen.unpacked > MAX_DOCX_UNPACKED) {
    throw documentError('DOCUMENT_TOO_LARGE', fileName, 'it unpacks to more than 400 MB.');
  }
  if (!seen.hasBody) throw documentError('DOCUMENT_MALFORMED', fileName, 'it holds no Word document body.');
  const core = files['docProps/core.xml'];
  if (core === undefined) return { title: null, author: null, date: null };
  const xml = new TextDecoder().decode(core);
  return {
    title: metaText(element(xml, 'dc:title')),
    author: metaText(element(xml, 'dc:creator'), 200),
    date: isoDate(element(xml, 'dcterms:created')),
  };
}

/** The text of the first element with this qualified name; core.xml is flat, so no parser is needed. */
function element(xml: string, name: string): string | null {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
  return match?.[1] === undefined ? null : decodeEntities(match[1]);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return safeCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return safeCodePoint(Number(entity.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity] ?? '';
  });
}

function safeCodePoint(code: number): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}
