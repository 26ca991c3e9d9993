// Finds the structure of a PDF-extracted letter: body text versus footnote blocks, and paragraphs.
// Footnotes are numbered 1, 2, 3 … in order; a block of them runs until the next page starts
// (a line that begins with a space, as the extraction leaves it) or the text ends.

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export interface Footnote extends TextRange {
  readonly number: number;
}

export interface LetterLayout {
  /** Raw ranges of body text in reading order, footnote blocks cut out. */
  readonly body: readonly TextRange[];
  readonly footnotes: readonly Footnote[];
}

interface Line extends TextRange {
  readonly text: string;
}

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = raw.indexOf('\n', start);
    const end = nl === -1 ? raw.length : nl + 1;
    lines.push({ start, end, text: raw.slice(start, nl === -1 ? raw.length : nl) });
    if (nl === -1) return lines;
    start = end;
  }
}

const isBlank = (line: Line): boolean => line.text.trim() === '';

export function letterLayout(raw: string): LetterLayout {
  const lines = splitLines(raw);
  const body: TextRange[] = [];
  const footnotes: { number: number; start: number; end: number }[] = [];
  let expected = 1;
  let inBlock = false;
  let bodyStart = 0;
  for (const [index, line] of lines.entries()) {
    const match = /^(\d{1,2}) \S/.exec(line.text);
    const startsFootnote = match !== null && Number(match[1]) === expected;
    const previous = lines[index - 1];
    if (!inBlock && startsFootnote && (previous === undefined || isBlank(previous))) {
      inBlock = true;
      body.push({ start: bodyStart, end: lastNonBlankEnd(lines, index, bodyStart) });
    }
    if (inBlock) {
      if (startsFootnote) {
        footnotes.push({ number: expected, start: line.start + (match[1]?.length ?? 0) + 1, end: line.end });
        expected += 1;
      } else if (line.text.startsWith(' ')) {
        inBlock = false;
        bodyStart = line.start;
      } else {
        const current = footnotes.at(-1);
        if (current !== undefined) current.end = line.end;
      }
    }
  }
  if (!inBlock) body.push({ start: bodyStart, end: raw.length });
  return { body: body.filter((r) => r.end > r.start), footnotes };
}

function lastNonBlankEnd(lines: readonly Line[], before: number, floor: number): number {
  for (let i = before - 1; i >= 0; i -= 1) {
    const line = lines[i];
    if (line === undefined || line.start < floor) break;
    if (!isBlank(line)) return line.end;
  }
  return floor;
}
