// The briefing text for selected actors, as Markdown and as Word: each actor's description, its
// relations grouped by kind with status and dates, and each fact's quote and source; the .docx is
// unzipped and its document.xml read back. With a comparison, the changes are listed too.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildBriefing, type BriefingInput } from '../../renderer/src/export/formats/briefing';
import { briefingDocx } from '../../renderer/src/export/formats/briefingDocx';
import { briefingMarkdown } from '../../renderer/src/export/formats/briefingMarkdown';
import { diffGraphs } from '../../renderer/src/export/formats/graphDiff';
import { EDGES, fixtureDetails, fixtureGraph, INFO, NODES } from './exportFixtures';

function input(language: 'nl' | 'en' = 'nl'): BriefingInput {
  const netherlands = NODES.find((n) => n.id === 'netherlands');
  if (netherlands === undefined) throw new Error('fixture');
  return {
    title: 'Samenwerking met Duitsland',
    graph: fixtureGraph(language),
    actors: [netherlands],
    edgeDetails: fixtureDetails().edges,
    info: INFO,
  };
}

describe('briefing', () => {
  it('groups the relations by kind and direction, each with status, dates and its quote', () => {
    const briefing = buildBriefing(input());
    const [actor] = briefing.actors;
    expect(actor?.name).toBe('Nederland');
    expect(actor?.groups.map((g) => g.heading)).toEqual(['is partij bij', 'werkt samen met']);
    const treaty = actor?.groups[0]?.items[0];
    expect(treaty).toMatchObject({ other: 'Verdrag van Enschede', status: 'van kracht / bestaand; getekend 2005' });
    expect(treaty?.quotes[0]?.source).toBe(INFO.sources[0]?.title.nl);
    expect(buildBriefing(input('en')).actors[0]?.groups.map((g) => g.heading)).toEqual([
      'is party to',
      'cooperates with',
    ]);
  });

  it('reads in Markdown with the quotes under each relation, Markdown characters escaped', () => {
    const md = briefingMarkdown(buildBriefing(input()));
    expect(md).toContain('# Samenwerking met Duitsland');
    expect(md).toContain('## Nederland');
    expect(md).toContain('#### is partij bij');
    expect(md).toContain(
      '- **Verdrag van Enschede** (Verdrag, handvest of overeenkomst; van kracht / bestaand; getekend 2005)',
    );
    expect(md).toContain(
      '> “De samenwerking met Duitsland vindt haar basis in het in 2005 getekende Verdrag van Enschede.”',
    );
    expect(md).toContain('\\=HYPERLINK("http://x")'.replace('\\', ''));
    expect(md).toContain('Datasetversie: 0123456789abcdef');
  });

  it('writes a .docx whose document.xml holds the relations and the citations', async () => {
    const bytes = await briefingDocx(buildBriefing(input()));
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Samenwerking met Duitsland');
    expect(text).toContain('is partij bij');
    expect(text).toContain('Verdrag van Enschede');
    expect(text).toContain(
      '“De samenwerking met Duitsland vindt haar basis in het in 2005 getekende Verdrag van Enschede.”',
    );
    expect(text).toContain('+Nederland werkt via Europol samen; &quot;operationele&quot; analyse.');
    // Tagged Dutch, so Word checks the spelling in Dutch.
    expect(strFromU8(files['word/styles.xml'] ?? new Uint8Array())).toContain('w:val="nl-NL"');
  });

  it('lists the changes since an earlier snapshot', () => {
    const [treaty, , europol] = EDGES;
    if (treaty === undefined || europol === undefined) throw new Error('fixture');
    const before = { nodes: new Map(NODES.map((n) => [n.id, n])), edges: new Map([[europol.id, europol]]) };
    const after = {
      nodes: before.nodes,
      edges: new Map([
        [europol.id, { ...europol, status: 'in-force' as const }],
        [treaty.id, treaty],
      ]),
    };
    const briefing = buildBriefing({
      ...input(),
      changes: {
        since: 'briefing van 1 maart',
        diff: diffGraphs(before, after),
        labels: new Map(NODES.map((n) => [n.id, n])),
      },
    });
    expect(briefing.changes?.lines).toEqual([
      'Gewijzigd: Nederland — werkt samen met → =HYPERLINK("http://x") — status gepland → van kracht / bestaand',
      'Toegevoegd: Nederland — is partij bij → Verdrag van Enschede',
    ]);
    expect(briefingMarkdown(briefing)).toContain('## Wijzigingen sinds de vorige briefing');
  });
});
