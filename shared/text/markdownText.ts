// The one rule for data text in Markdown (the briefing, the memo pack's source list): it is shown,
// never interpreted — not inline (emphasis, links, HTML, code) and not at the start of a line,
// where a description's line break followed by "# kop", "- item" or "1. x" would otherwise become
// a heading or a list. Text stays readable in the raw file: only what Markdown would act on gets
// a backslash.
import { isolate } from './isolate';

/** Inline syntax: escapes, code, emphasis, links and images, HTML, headings, tables, strikethrough. */
const INLINE = /[\\`*_[\]<>#|~]/g;
/** An entity reference ("&amp;", "&#65;") would be decoded; a lone "&" is plain text already. */
const ENTITY = /&(?=#?[0-9A-Za-z]+;)/g;
/** Block syntax a line may start with once inline escapes are done: lists, quotes, setext underlines. */
const LINE_START = /^([-+=])/;
const ORDERED_ITEM = /^(\d{1,9})([.)])/;

function escapeLine(line: string): string {
  // Four spaces or a tab would open a code block; a few would still indent a list's continuation.
  const trimmed = line.replace(/^[ \t]+/, '');
  return trimmed.replace(LINE_START, '\\$1').replace(ORDERED_ITEM, '$1\\$2');
}

/** Data text for Markdown: every line's start and every inline character made literal, bidi isolated. */
export function markdownText(text: string): string {
  const inline = text.replace(INLINE, '\\$&').replace(ENTITY, '\\&');
  return isolate(
    inline
      .split(/\r\n|\r|\n/)
      .map(escapeLine)
      .join('\n'),
  );
}
