// The briefing marks each of the user's additions "eigen toevoeging" / "your addition", cites it by
// the title of the user's own document (never the letter's), and gives the user's notes as the user's
// words, labelled and apart from the quotes; in Dutch and English, as Markdown and as Word read back.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/contract';
import { buildBriefing, type Briefing } from '../../renderer/src/export/formats/briefing';
import { briefingDocx } from '../../renderer/src/export/formats/briefingDocx';
import { briefingMarkdown } from '../../renderer/src/export/formats/briefingMarkdown';
import { citedSources } from '../../renderer/src/export/formats/citedSources';
import { sourceTitle, withUserDocuments } from '../../renderer/src/export/formats/exportModel';
import { sourceListMarkdown } from '../../renderer/src/export/formats/memoPack';
import { INFO } from './exportFixtures';
import {
  NETHERLANDS_NOTED,
  NODE_NOTE,
  RELATION_NOTE,
  USER_DOC_ID,
  USER_DOC_TITLE,
  USER_DOCUMENT,
  USER_NODE,
  USER_QUOTE,
  userDetails,
  userGraph,
} from './userFixtures';

const LETTER = INFO.sources[0]?.title.nl ?? 'no letter';

function briefing(language: Language, documents = [USER_DOCUMENT]): Briefing {
  return buildBriefing({
    title: 'Briefing JIT',
    graph: userGraph(language),
    actors: [NETHERLANDS_NOTED, USER_NODE],
    edgeDetails: userDetails().edges,
    info: withUserDocuments(INFO, documents),
  });
}

const docxText = async (content: Briefing): Promise<string> =>
  (await mammoth.extractRawText({ buffer: Buffer.from(await briefingDocx(content)) })).value;

/** Every line quoting the user's passage names the user's document, and no line names the letter with it. */
function expectQuotedFromOwnDocument(text: string, own: string): void {
  const lines = text.split('\n').filter((l) => l.includes(USER_QUOTE));
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line).not.toContain(LETTER);
    if (line.includes(' — ')) expect(line).toContain(own);
  }
}

describe("the user's additions in the briefing", () => {
  it('Markdown (nl): marked, cited by their document, notes as the user’s own', () => {
    const text = briefingMarkdown(briefing('nl'));
    expect(text).toContain('door de gebruiker toegevoegd uit een eigen document');
    expect(text).toContain('**Instrument, team of programma** · van kracht / bestaand; vanaf 2025; eigen toevoeging');
    expect(text).toContain(`> “${USER_QUOTE}” — *${USER_DOC_TITLE} (eigen document)*`);
    expectQuotedFromOwnDocument(text, `${USER_DOC_TITLE} (eigen document)`);
    // The bundled Netherlands stays the letter's; the relation to the user's node is marked.
    expect(text).toContain(`*${LETTER}*`);
    const relation = text.split('\n').find((l) => l.startsWith('- **JIT Noordzee**'));
    expect(relation).toContain('eigen toevoeging');
    expect(text.split('\n').find((l) => l.startsWith('- **Verdrag van Enschede**'))).not.toContain('eigen toevoeging');
    // Notes: labelled as the user's, never a block quote (the sources' voice).
    expect(text).toContain(`*Eigen notitie:* ${NODE_NOTE}`);
    expect(text).toContain(`  *Eigen notitie:* ${RELATION_NOTE}`);
    expect(text.split('\n').filter((l) => l.includes(NODE_NOTE) || l.includes(RELATION_NOTE))).not.toContainEqual(
      expect.stringMatching(/^\s*>/),
    );
  });

  it('Markdown (en): the same marks in English', () => {
    const text = briefingMarkdown(briefing('en'));
    expect(text).toContain('added by the user from one of their own documents');
    expect(text).toContain('your addition');
    expect(text).toContain(`— *${USER_DOC_TITLE} (your document)*`);
    expect(text).toContain(`*Your note:* ${NODE_NOTE}`);
    expectQuotedFromOwnDocument(text, `${USER_DOC_TITLE} (your document)`);
  });

  it('Word (nl and en): read back, the same marks, title and notes', async () => {
    const nl = await docxText(briefing('nl'));
    expect(nl).toContain('eigen toevoeging');
    expect(nl).toContain(`“${USER_QUOTE}” — ${USER_DOC_TITLE} (eigen document)`);
    expect(nl).toContain(`Eigen notitie: ${NODE_NOTE}`);
    expect(nl).toContain(`Eigen notitie: ${RELATION_NOTE}`);
    expectQuotedFromOwnDocument(nl, `${USER_DOC_TITLE} (eigen document)`);
    const en = await docxText(briefing('en'));
    expect(en).toContain('your addition');
    expect(en).toContain(`${USER_DOC_TITLE} (your document)`);
    expect(en).toContain(`Your note: ${RELATION_NOTE}`);
  });

  it('names a since deleted document as the user’s, never as a bare id or the letter', () => {
    expect(sourceTitle(INFO, USER_DOC_ID, 'nl')).toBe('eigen document, inmiddels verwijderd');
    expect(sourceTitle(INFO, USER_DOC_ID, 'en')).toBe('your document, since deleted');
    const text = briefingMarkdown(briefing('nl', []));
    expect(text).toContain(`> “${USER_QUOTE}” — *eigen document, inmiddels verwijderd*`);
    expect(text).not.toContain(USER_DOC_ID);
  });

  it('says nothing of user additions in a briefing without them', () => {
    const text = briefingMarkdown(
      buildBriefing({
        title: 'Briefing',
        graph: userGraph('nl'),
        actors: [userDetails().nodes.get('germany') ?? USER_NODE],
        edgeDetails: userDetails().edges,
        info: INFO,
      }),
    );
    expect(text).not.toContain('eigen toevoeging');
    expect(text).not.toContain('Eigen notitie');
  });

  it("memo pack source list: the user's passage under their document's heading, the relation marked, after the letter", () => {
    const info = withUserDocuments(INFO, [USER_DOCUMENT]);
    const sources = citedSources(userGraph('nl'), userDetails().edges, info);
    expect(sources.map((s) => s.title)).toEqual([LETTER, `${USER_DOC_TITLE} (eigen document)`]);
    const text = sourceListMarkdown({ language: 'nl', marking: '', title: 'JIT', sources });
    const heading = text.indexOf(`## ${USER_DOC_TITLE} (eigen document)`);
    expect(heading).toBeGreaterThan(text.indexOf(`## ${LETTER}`));
    expect(text.indexOf(USER_QUOTE)).toBeGreaterThan(heading);
    expect(text).toContain(
      `onderbouwt: Nederland maakt gebruik van JIT Noordzee (eigen toevoeging; eigen notitie: ${RELATION_NOTE})`,
    );
  });
});
