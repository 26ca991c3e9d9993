// Cuts a user document's text into what the viewer draws: its pages (numbered as the file numbers
// them), each page's paragraphs, and each paragraph's runs of plain text, mentions and the passage
// to highlight. Pure, so the cutting is tested without a DOM; offsets stay the document's own.
import type { DocumentMention, DocumentPage } from '../../../../shared/contract';

export interface Run {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly mention: DocumentMention | null;
  /** Inside the passage the viewer was opened at. */
  readonly focused: boolean;
}

export interface PageView {
  readonly number: number;
  readonly paragraphs: readonly (readonly Run[])[];
}

interface Range {
  readonly start: number;
  readonly end: number;
}

/** Paragraphs of one page: runs of text between blank lines, empty ones dropped. */
function paragraphsOf(text: string, page: Range): Range[] {
  const found: Range[] = [];
  const gap = /\n[ \t]*\n\s*|\f/g;
  gap.lastIndex = page.start;
  let start = page.start;
  for (let match = gap.exec(text); match !== null && match.index < page.end; match = gap.exec(text)) {
    found.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  found.push({ start, end: page.end });
  return found.filter((p) => text.slice(p.start, p.end).trim() !== '');
}

/** One paragraph's runs, cut wherever a mention or the focused passage begins or ends. */
function runsOf(text: string, paragraph: Range, mentions: readonly DocumentMention[], focus: Range | null): Run[] {
  const inside = mentions.filter((m) => m.end > paragraph.start && m.start < paragraph.end);
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const m of inside) cuts.add(Math.max(m.start, paragraph.start)).add(Math.min(m.end, paragraph.end));
  if (focus !== null) {
    for (const at of [focus.start, focus.end]) if (at > paragraph.start && at < paragraph.end) cuts.add(at);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    while (next < inside.length && (inside[next]?.end ?? 0) <= start) next += 1;
    const candidate = inside[next];
    const mention = candidate !== undefined && candidate.start <= start && candidate.end >= end ? candidate : null;
    const focused = focus !== null && start < focus.end && end > focus.start;
    runs.push({ start, end, text: text.slice(start, end), mention, focused });
  }
  return runs;
}

/** The pages the viewer draws. Mentions are in text order and do not overlap (longest match wins). */
export function documentPages(
  text: string,
  pages: readonly DocumentPage[],
  mentions: readonly DocumentMention[],
  focus: Range | null,
): PageView[] {
  const all = pages.length > 0 ? pages : [{ number: 1, start: 0, end: text.length }];
  return all.map((page) => ({
    number: page.number,
    paragraphs: paragraphsOf(text, page).map((p) => runsOf(text, p, mentions, focus)),
  }));
}
