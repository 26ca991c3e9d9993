// Markdown to the text a reader sees: markup dropped (headings' #, emphasis, code fences, link
// targets, images' addresses, HTML tags, quote and list markers), the words kept in order. The
// stored text is this result, so every offset the workbench hands out points into what the viewer
// shows. Line-based on purpose: no parser is installed, and a document only needs readable text.

const FENCE = /^\s{0,3}(```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)(\s+#+\s*)?$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const QUOTE = /^\s{0,3}(>\s?)+/;
const BULLET = /^(\s*)[-*+]\s+(\[[ xX]\]\s+)?/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

export function markdownToText(markdown: string): { text: string; title: string | null } {
  let inFence = false;
  let title: string | null = null;
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(line);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading !== null) {
      const words = inline(heading[1] ?? '');
      title ??= words.trim() || null;
      out.push(words);
      continue;
    }
    if (RULE.test(line) || TABLE_RULE.test(line) || (SETEXT.test(line) && out.at(-1)?.trim())) {
      if (SETEXT.test(line)) title ??= out.at(-1)?.trim() ?? null;
      continue;
    }
    out.push(inline(line.replace(QUOTE, '').replace(BULLET, '$1• ')));
  }
  return { text: out.join('\n'), title };
}

/** Inline markup: images and links keep their words, code keeps its text, emphasis and tags go. */
function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(\*|_)(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/^\s*\|\s*(.*?)\s*\|\s*$/, '$1')
    .replace(/\s*\|\s*/g, ' · ')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
