// The memo pack: everything a memo needs from one view in one .zip — the picture (PNG), the briefing
// as Markdown and Word, and the list of sources with every quoted passage and the relations it
// supports — named after its subject and the day ("IPS-Atlas_Europol_2026-12-03.zip").
import { strToU8, zipSync } from 'fflate';
import type { Language } from '../../../../shared/contract';
import type { CitedSource } from './citedSources';
import { mdEscape } from './briefingMarkdown';
import { word } from './exportWords';

export interface MemoPackParts {
  readonly language: Language;
  /** Already worded; '' for none. Heads and closes the source list as it does the briefing. */
  readonly marking: string;
  readonly title: string;
  readonly picture: Uint8Array;
  readonly briefingMarkdown: string;
  readonly briefingWord: Uint8Array;
  readonly sources: readonly CitedSource[];
}

/** "Samenwerking met België" → "Samenwerking-met-Belgie": safe on every file system, still readable. */
export function subjectSlug(subject: string): string {
  const slug = subject
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug === '' ? 'memo' : slug;
}

/** The day as the file name writes it (2026-12-03), in Dutch time: the day the adviser sees. */
export function packDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

export const memoPackName = (subject: string, date: Date): string =>
  `IPS-Atlas_${subjectSlug(subject)}_${packDay(date)}.zip`;

/** The sources cited in the view, each passage quoted with the relations it supports, as Markdown. */
export function sourceListMarkdown(parts: Pick<MemoPackParts, 'language' | 'marking' | 'title' | 'sources'>): string {
  const { language } = parts;
  const marking = parts.marking === '' ? [] : [`**${mdEscape(parts.marking.toUpperCase())}**`, ''];
  const lines = [...marking, `# ${word(language, 'sourceList')}: ${mdEscape(parts.title)}`, ''];
  for (const source of parts.sources) {
    lines.push(`## ${mdEscape(source.title)}`, '');
    for (const passage of source.passages) {
      lines.push(`> “${mdEscape(passage.quote.replace(/\s+/g, ' '))}”`, '');
      for (const relation of passage.relations) lines.push(`- ${word(language, 'supports')}: ${mdEscape(relation)}`);
      lines.push('');
    }
  }
  lines.push(...marking);
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A fixed time inside the zip: the same view gives the same bytes (the day is in the pack's name). */
const ZIP_TIME = new Date(Date.UTC(2020, 0, 1));

/** The pack's files, named in the pack's language so the folder reads as the memo does. */
export function memoPackZip(parts: MemoPackParts): Uint8Array {
  const { language } = parts;
  return zipSync(
    {
      [`1-${word(language, 'packPicture')}.png`]: [parts.picture, { level: 0 }],
      [`2-${word(language, 'packBriefing')}.md`]: strToU8(parts.briefingMarkdown),
      [`2-${word(language, 'packBriefing')}.docx`]: [parts.briefingWord, { level: 0 }],
      [`3-${word(language, 'packSources')}.md`]: strToU8(sourceListMarkdown(parts)),
    },
    { mtime: ZIP_TIME, level: 6 },
  );
}
