// Cuts a document's text into passages for full-text search: paragraphs, and long paragraphs at a
// sentence end, never across a page, so every search hit names its page and a readable stretch.
import type { DocumentPage } from '../../shared/contract';

export interface Passage {
  readonly page: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A passage grows to about this many characters before it is cut at the next sentence end… */
const TARGET = 400;
/** …and is cut at a space at the latest here. */
const MAX = 1000;

export function splitPassages(text: string, pages: readonly DocumentPage[]): Passage[] {
  const passages: Passage[] = [];
  for (const page of pages) {
    let from = page.start;
    while (from < page.end) {
      const end = passageEnd(text, from, page.end);
      const raw = text.slice(from, end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (/[\p{L}\p{N}]/u.test(body)) {
        passages.push({ page: page.number, start: from + lead, end: from + lead + body.length, text: body });
      }
      from = end;
    }
  }
  return passages;
}

function passageEnd(text: string, from: number, limit: number): number {
  const window = text.slice(from, Math.min(limit, from + MAX));
  // A paragraph break (a blank line) after the first character ends the passage.
  const paragraph = /\n[ \t]*\n/.exec(window.slice(1));
  if (paragraph !== null) return from + 1 + paragraph.index + paragraph[0].length;
  if (from + window.length >= limit) return limit;
  const sentence = /[.!?;:](?=\s)/g;
  sentence.lastIndex = TARGET;
  const stop = sentence.exec(window);
  if (stop !== null) return from + stop.index + 1;
  const space = window.lastIndexOf(' ');
  return space > 0 ? from + space + 1 : from + window.length;
}

/** The page an offset falls on (pages are in order); the last page for an offset past the end. */
export function pageOf(pages: readonly DocumentPage[], offset: number): number {
  let low = 0;
  let high = pages.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const page = pages[mid];
    if (page !== undefined && page.start <= offset) low = mid;
    else high = mid - 1;
  }
  return pages[low]?.number ?? 1;
}
