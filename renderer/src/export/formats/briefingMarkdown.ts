// The briefing as Markdown: headings per actor, relations as lists, each fact's quote beneath it, and
// the user's own notes as labelled lines of their own.
import { word } from './exportWords';
import { markdownText as mdEscape } from '../../../../shared/text/markdownText';
import type { Language } from '../../../../shared/contract';
import type { Briefing, QuoteLine } from './briefing';

/** Data text may hold Markdown's own characters; they are shown, never interpreted (shared/text/markdownText.ts). */
export { mdEscape };

const quote = (q: QuoteLine, indent: string): string =>
  `${indent}> “${mdEscape(q.quote.replace(/\s+/g, ' '))}” — *${mdEscape(q.source)}*`;

/** The user's note, labelled as theirs and kept on one line: never a block quote, which is the sources' voice. */
const userNote = (text: string, language: Language, indent: string): string =>
  `${indent}*${word(language, 'userNote')}:* ${mdEscape(text.replace(/\s+/g, ' ').trim())}`;

export function briefingMarkdown(briefing: Briefing): string {
  const { language } = briefing;
  // The handling marking heads and closes the text, as on a paper memo.
  const marking = briefing.marking === '' ? [] : [`**${mdEscape(briefing.marking.toUpperCase())}**`, ''];
  const lines: string[] = [
    ...marking,
    `# ${mdEscape(briefing.title)}`,
    '',
    ...briefing.meta.map((m) => `*${mdEscape(m)}*  `),
    '',
  ];
  for (const actor of briefing.actors) {
    lines.push(`## ${mdEscape(actor.name)}`, '');
    lines.push(`**${mdEscape(actor.kind)}**${actor.status === '' ? '' : ` · ${mdEscape(actor.status)}`}`, '');
    if (actor.verification !== '') lines.push(`**⚠ ${mdEscape(actor.verification)}**`, '');
    lines.push(actor.description === '' ? `*${word(language, 'noDescription')}*` : mdEscape(actor.description), '');
    if (actor.userNote !== null) lines.push(userNote(actor.userNote, language, ''), '');
    for (const q of actor.quotes) lines.push(quote(q, ''), '');
    lines.push(`### ${word(language, 'relations')}`, '');
    if (actor.groups.length === 0) lines.push(`*${word(language, 'noRelations')}*`, '');
    for (const group of actor.groups) {
      lines.push(`#### ${mdEscape(group.heading)}`, '');
      for (const item of group.items) {
        const detail = [item.otherKind, item.status].filter((p) => p !== '').join('; ');
        lines.push(`- **${mdEscape(item.other)}** (${mdEscape(detail)})`);
        if (item.verification !== '') lines.push(`  **⚠ ${mdEscape(item.verification)}**`);
        if (item.note !== null) lines.push(`  ${mdEscape(item.note)}`);
        if (item.userNote !== null) lines.push('', userNote(item.userNote, language, '  '));
        for (const q of item.quotes) lines.push('', quote(q, '  '));
        lines.push('');
      }
    }
  }
  if (briefing.changes !== null) {
    lines.push(
      `## ${word(language, 'changesTitle')}`,
      '',
      `*${word(language, 'changesSince')}: ${mdEscape(briefing.changes.since)}*`,
      '',
    );
    if (briefing.changes.lines.length === 0) lines.push(`*${word(language, 'noChanges')}*`);
    for (const line of briefing.changes.lines) lines.push(`- ${mdEscape(line)}`);
    lines.push('');
  }
  lines.push(...marking);
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
