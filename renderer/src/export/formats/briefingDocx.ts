// The briefing as a Word document (the docx package): title, a heading per actor, relations grouped
// under sub-headings, each fact's quote as an indented italic line with its source. Language-tagged,
// so Word's spelling check uses Dutch or English.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { LOCALE_TAGS } from '../../../../shared/contract';
import { isolate } from '../../../../shared/text/isolate';
import { xmlSafe } from '../../../../shared/text/xmlText';
import type { Briefing, QuoteLine } from './briefing';
import { word } from './exportWords';

/** Our own run style: docx's option type also admits a string, whose legacy .bold()/.italics() trip the linter. */
interface RunStyle {
  readonly italics?: boolean;
  readonly bold?: boolean;
  readonly size?: number;
  readonly break?: number;
}

// Word's XML cannot hold control characters (docx keeps them), and a label's bidi override must not
// reorder the sentence around it.
const run = (text: string, style: RunStyle = {}): TextRun => new TextRun({ text: isolate(xmlSafe(text)), ...style });

const para = (children: ParagraphChild[], options: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}) =>
  new Paragraph({ ...options, children });

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph =>
  new Paragraph({ heading: level, children: [run(text)] });

const quoteParagraph = (q: QuoteLine, indent: number): Paragraph =>
  para([run(`“${q.quote.replace(/\s+/g, ' ')}”`, { italics: true }), run(` — ${q.source}`, { size: 18 })], {
    indent: { left: indent },
    spacing: { after: 80 },
  });

/** The user's note, labelled as theirs ("Eigen notitie: …"), upright: italics are the sources' quotes. */
const userNoteRuns = (text: string, language: Briefing['language'], breaks: number): TextRun[] => [
  run(`${word(language, 'userNote')}: `, { bold: true, ...(breaks === 0 ? {} : { break: breaks }) }),
  run(text.replace(/\s+/g, ' ').trim()),
];

function actorParagraphs(briefing: Briefing): Paragraph[] {
  const { language } = briefing;
  return briefing.actors.flatMap((actor) => [
    heading(actor.name, HeadingLevel.HEADING_1),
    para([
      run(actor.kind, { bold: true }),
      run(actor.status === '' ? '' : ` · ${actor.status}`),
      ...(actor.verification === '' ? [] : [run(` ⚠ ${actor.verification}`, { bold: true })]),
    ]),
    para([run(actor.description === '' ? word(language, 'noDescription') : actor.description)]),
    ...(actor.userNote === null ? [] : [para(userNoteRuns(actor.userNote, language, 0))]),
    ...actor.quotes.map((q) => quoteParagraph(q, 360)),
    heading(word(language, 'relations'), HeadingLevel.HEADING_2),
    ...(actor.groups.length === 0 ? [para([run(word(language, 'noRelations'), { italics: true })])] : []),
    ...actor.groups.flatMap((group) => [
      heading(group.heading, HeadingLevel.HEADING_3),
      ...group.items.flatMap((item) => [
        para(
          [
            run(item.other, { bold: true }),
            run(` (${[item.otherKind, item.status].filter((p) => p !== '').join('; ')})`),
            ...(item.verification === '' ? [] : [run(` ⚠ ${item.verification}`, { bold: true })]),
            ...(item.note === null ? [] : [run(` ${item.note}`, { break: 1 })]),
            ...(item.userNote === null ? [] : userNoteRuns(item.userNote, language, 1)),
          ],
          { bullet: { level: 0 } },
        ),
        ...item.quotes.map((q) => quoteParagraph(q, 720)),
      ]),
    ]),
  ]);
}

function changeParagraphs(briefing: Briefing): Paragraph[] {
  const { language, changes } = briefing;
  if (changes === null) return [];
  return [
    heading(word(language, 'changesTitle'), HeadingLevel.HEADING_1),
    para([run(`${word(language, 'changesSince')}: ${changes.since}`, { italics: true })]),
    ...(changes.lines.length === 0 ? [para([run(word(language, 'noChanges'))])] : []),
    ...changes.lines.map((line) => para([run(line)], { bullet: { level: 0 } })),
  ];
}

/** The handling marking in Word's own header and footer, so it prints on every page. */
function markingParts(marking: string): { headers?: { default: Header }; footers?: { default: Footer } } {
  if (marking === '') return {};
  const line = (): Paragraph =>
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(marking.toUpperCase(), { bold: true })] });
  return {
    headers: { default: new Header({ children: [line()] }) },
    footers: { default: new Footer({ children: [line()] }) },
  };
}

export async function briefingDocx(briefing: Briefing): Promise<Uint8Array> {
  const doc = new Document({
    title: xmlSafe(briefing.title),
    creator: 'IPS Atlas',
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', language: { value: LOCALE_TAGS[briefing.language] } },
        },
      },
    },
    sections: [
      {
        ...markingParts(briefing.marking),
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [run(briefing.title)] }),
          ...briefing.meta.map((m) => para([run(m, { italics: true, size: 18 })])),
          ...actorParagraphs(briefing),
          ...changeParagraphs(briefing),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
