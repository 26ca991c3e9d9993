// Turns a PDF-extracted letter into readable paragraphs for the source viewer: lines joined,
// line-break hyphenation repaired, footnote markers turned into references, footnotes collected
// at the end. Every displayed character keeps its raw offset, so mentions and citations (raw
// offsets) can be highlighted exactly. Pure; unit-tested on the real letter.
import type { Mention } from '../../../shared/contract';
import { letterLayout, type TextRange } from '../../../shared/text/letterLayout';

export interface Segment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly mention: Mention | null;
  readonly focused: boolean;
  /** Set on a footnote reference ("4" in "Landenbeleid4"). */
  readonly footnote: number | null;
}

export interface Paragraph {
  readonly isHeading: boolean;
  readonly isListItem: boolean;
  readonly segments: readonly Segment[];
}

export interface FootnoteView {
  readonly number: number;
  readonly segments: readonly Segment[];
}

export interface LetterView {
  readonly paragraphs: readonly Paragraph[];
  readonly footnotes: readonly FootnoteView[];
}

interface Run {
  chars: string[];
  raw: number[];
  /** Footnote number per character, for markers. */
  notes: (number | null)[];
  isListItem: boolean;
}

const VOWEL_CLASH = new Set(['aa', 'ae', 'ai', 'au', 'ee', 'ei', 'eu', 'ie', 'ii', 'oe', 'oi', 'oo', 'ou', 'ui', 'uu']);
const BULLET = /^\s*[•–-]\s/;

export function letterParagraphs(raw: string, mentions: readonly Mention[], focus: TextRange | null): LetterView {
  const layout = letterLayout(raw);
  // Footnote references run 1, 2, 3 … in reading order; "EC3" is a name, not reference 3.
  const notes: NoteCounter = { next: 1, last: layout.footnotes.length };
  const runs: Run[] = [];
  let current: Run | null = null;
  const breakParagraph = (): void => {
    if (current !== null && current.chars.some((c) => c.trim() !== '')) runs.push(current);
    current = null;
  };
  for (const range of layout.body) {
    for (const line of linesOf(raw, range)) {
      const text = raw.slice(line.start, line.end);
      if (text.trim() === '') {
        breakParagraph();
        continue;
      }
      const pageStart = text.startsWith(' ');
      const last = current?.chars.at(-1);
      if (BULLET.test(text) || (pageStart && /[.:]\s*$/.test(last ?? '') && /^\s*\p{Lu}/u.test(text))) breakParagraph();
      current ??= { chars: [], raw: [], notes: [], isListItem: BULLET.test(text) };
      appendLine(current, raw, line, notes);
    }
  }
  breakParagraph();
  const mark = marker(mentions, focus);
  return {
    paragraphs: runs.map((run) => {
      const text = run.chars.join('').trim();
      return {
        isListItem: run.isListItem,
        isHeading: !run.isListItem && text.length < 90 && !/[.;:,]$/.test(text) && !/^\d/.test(text),
        segments: segmentsOf(run, mark),
      };
    }),
    footnotes: layout.footnotes.map((note) => {
      const run: Run = { chars: [], raw: [], notes: [], isListItem: false };
      for (const line of linesOf(raw, note)) appendLine(run, raw, line, { next: 0, last: -1 });
      return { number: note.number, segments: segmentsOf(run, mark) };
    }),
  };
}

function linesOf(raw: string, range: TextRange): TextRange[] {
  const lines: TextRange[] = [];
  let start = range.start;
  while (start < range.end) {
    const nl = raw.indexOf('\n', start);
    const end = nl === -1 || nl >= range.end ? range.end : nl;
    lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

interface NoteCounter {
  next: number;
  readonly last: number;
}

function appendLine(run: Run, raw: string, line: TextRange, notes: NoteCounter): void {
  let start = line.start;
  while (start < line.end && /\s/.test(raw.charAt(start))) start += 1;
  let end = line.end;
  while (end > start && /\s/.test(raw.charAt(end - 1))) end -= 1;
  if (start >= end) return;
  const previous = run.chars.at(-1);
  if (previous === '-' && run.chars.length > 1) {
    const before = run.chars.at(-2) ?? '';
    const next = raw.charAt(start);
    // Hyphenated at the line break: join, unless the hyphen is a real one.
    if (/\p{Ll}/u.test(next) && !VOWEL_CLASH.has((before + next).toLowerCase())) {
      run.chars.pop();
      run.raw.pop();
      run.notes.pop();
    }
  } else if (previous !== undefined) push(run, ' ', start, null);
  for (let i = start; i < end; i += 1) {
    const c = raw.charAt(i);
    const note = footnoteAt(raw, i, end, notes);
    if (note !== null) {
      const digits = String(note);
      for (let k = 0; k < digits.length; k += 1) push(run, digits.charAt(k), i + k, note);
      i += digits.length - 1;
    } else push(run, c, i, null);
  }
}

function footnoteAt(raw: string, i: number, end: number, notes: NoteCounter): number | null {
  if (i === 0 || !/[\p{L}’»”)]/u.test(raw.charAt(i - 1)) || !/\d/.test(raw.charAt(i))) return null;
  let j = i;
  while (j < end && /\d/.test(raw.charAt(j))) j += 1;
  const number = Number(raw.slice(i, j));
  const after = raw.charAt(j);
  if (number !== notes.next || number > notes.last || (j < end && !/[\s.,;:)»’”]/.test(after))) return null;
  notes.next += 1;
  return number;
}

function push(run: Run, c: string, rawIndex: number, note: number | null): void {
  run.chars.push(c);
  run.raw.push(rawIndex);
  run.notes.push(note);
}

type Marker = (rawIndex: number) => { mention: Mention | null; focused: boolean };

function marker(mentions: readonly Mention[], focus: TextRange | null): Marker {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return (rawIndex) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let mention: Mention | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = sorted[mid];
      if (m === undefined) break;
      if (rawIndex < m.start) hi = mid - 1;
      else if (rawIndex >= m.end) lo = mid + 1;
      else {
        mention = m;
        break;
      }
    }
    return { mention, focused: focus !== null && rawIndex >= focus.start && rawIndex < focus.end };
  };
}

function segmentsOf(run: Run, mark: Marker): Segment[] {
  const segments: Segment[] = [];
  for (let i = 0; i < run.chars.length; i += 1) {
    const rawIndex = run.raw[i] ?? 0;
    const { mention, focused } = mark(rawIndex);
    const footnote = run.notes[i] ?? null;
    const last = segments.at(-1);
    if (last !== undefined && last.mention === mention && last.focused === focused && last.footnote === footnote) {
      segments[segments.length - 1] = { ...last, text: last.text + (run.chars[i] ?? ''), end: rawIndex + 1 };
    } else {
      segments.push({ text: run.chars[i] ?? '', start: rawIndex, end: rawIndex + 1, mention, focused, footnote });
    }
  }
  return segments;
}
