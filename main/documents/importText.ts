// Plain text: decoded as it is; a form feed (as `pdftotext` writes) starts a new page.
import { cleanText, joinPages, type ExtractedDocument } from './extracted';
import { decodeText } from './decodeText';

export function importText(bytes: Uint8Array, fileName: string): ExtractedDocument {
  const text = cleanText(decodeText(bytes, fileName));
  return { ...joinPages(text.split('\f')), title: firstLineTitle(text), author: null, date: null };
}

/** A short first line reads as a title ("Kamerbrief over …"); a long one is the body. */
export function firstLineTitle(text: string): string | null {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  return line !== undefined && line.length <= 150 ? line : null;
}
