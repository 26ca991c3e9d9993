// What an importer hands on: the text as the viewer shows it, its pages, and the metadata the file states.
import type { DocumentPage } from '../../shared/contract';

export interface ExtractedDocument {
  /** Pages joined by a form feed; every later offset points into this string. */
  readonly text: string;
  readonly pages: readonly DocumentPage[];
  readonly title: string | null;
  readonly author: string | null;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  readonly date: string | null;
}

/** Reports pages done while a long file is read. */
export type PageProgress = (done: number, total: number) => void;

export const PAGE_BREAK = '\f';

/** Joins page texts with form feeds and records where each page sits. */
export function joinPages(pageTexts: readonly string[]): { text: string; pages: DocumentPage[] } {
  const pages: DocumentPage[] = [];
  let offset = 0;
  pageTexts.forEach((pageText, index) => {
    if (index > 0) offset += PAGE_BREAK.length;
    pages.push({ number: index + 1, start: offset, end: offset + pageText.length });
    offset += pageText.length;
  });
  return { text: pageTexts.join(PAGE_BREAK), pages };
}

/**
 * Drops control characters a viewer cannot show (and search highlighting uses as markers), keeping
 * tabs, line breaks and form feeds; turns CRLF into LF so offsets are the same on every platform.
 */
export function cleanText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are what is being dropped
      .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '')
      .normalize('NFC')
  );
}

/** A metadata string trimmed to something a field can hold, or null when empty. */
export function metaText(value: unknown, max = 300): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed.slice(0, max);
}

/** The date part of an ISO-like timestamp ("2024-03-05T10:00:00Z" → "2024-03-05"), if it is a real date. */
export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (match === null) return null;
  const [, y, m, d] = match;
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(y) < 1900) return null;
  return `${y ?? ''}-${m ?? ''}-${d ?? ''}`;
}
