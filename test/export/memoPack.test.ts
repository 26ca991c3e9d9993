// The memo pack's zip read back: the picture, the briefing in Markdown and Word, and the source list
// with every quoted passage and the relation it supports; named after the subject and the day.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../renderer/src/export/formats/briefing';
import { briefingDocx } from '../../renderer/src/export/formats/briefingDocx';
import { briefingMarkdown } from '../../renderer/src/export/formats/briefingMarkdown';
import { citedSources } from '../../renderer/src/export/formats/citedSources';
import { memoPackName, memoPackZip, subjectSlug } from '../../renderer/src/export/formats/memoPack';
import { fixtureDetails, fixtureGraph, INFO, NODES } from './exportFixtures';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

async function pack(language: 'nl' | 'en', marking = ''): Promise<Record<string, Uint8Array>> {
  const graph = fixtureGraph(language);
  const content = buildBriefing({
    title: 'Samenwerking',
    graph,
    actors: NODES,
    edgeDetails: fixtureDetails().edges,
    info: INFO,
    scope: 'visible',
    marking,
  });
  return unzipSync(
    memoPackZip({
      language,
      marking,
      title: 'Samenwerking',
      picture: new Uint8Array([...PNG_SIGNATURE, 1, 2, 3]),
      briefingMarkdown: briefingMarkdown(content),
      briefingWord: await briefingDocx(content),
      sources: citedSources(graph, fixtureDetails().edges, INFO),
    }),
  );
}

describe('memo pack', () => {
  it('holds the picture, both briefings and the source list, named in Dutch', async () => {
    const files = await pack('nl', 'Departementaal vertrouwelijk');
    expect(Object.keys(files).sort()).toEqual(['1-netwerk.png', '2-briefing.docx', '2-briefing.md', '3-bronnen.md']);
    expect([...(files['1-netwerk.png'] ?? new Uint8Array()).subarray(0, 4)]).toEqual(PNG_SIGNATURE);
    expect(strFromU8(files['2-briefing.md'] ?? new Uint8Array())).toContain('## Verdrag van Enschede');
    const docx = unzipSync(files['2-briefing.docx'] ?? new Uint8Array());
    expect(strFromU8(docx['word/document.xml'] ?? new Uint8Array())).toContain('Verdrag van Enschede');
    const sources = strFromU8(files['3-bronnen.md'] ?? new Uint8Array());
    expect(sources.split('\n')[0]).toBe('**DEPARTEMENTAAL VERTROUWELIJK**');
    expect(sources).toContain(`## ${INFO.sources[0]?.title.nl ?? ''}`);
    expect(sources).toContain('> “Het Verdrag van Enschede is in 2005 getekend.”');
    expect(sources).toContain('- onderbouwt: Duitsland is partij bij Verdrag van Enschede');
  });

  it('names its files in English for an English pack', async () => {
    expect(Object.keys(await pack('en')).sort()).toEqual([
      '1-network.png',
      '2-briefing.docx',
      '2-briefing.md',
      '3-sources.md',
    ]);
  });

  it('is named after the subject and the Dutch calendar day', () => {
    expect(memoPackName('Europol', new Date('2026-12-03T10:00:00Z'))).toBe('IPS-Atlas_Europol_2026-12-03.zip');
    // 23:30 UTC on 2 December is already 3 December in The Hague.
    expect(memoPackName('Europol', new Date('2026-12-02T23:30:00Z'))).toBe('IPS-Atlas_Europol_2026-12-03.zip');
    expect(subjectSlug('Samenwerking met België / Duitsland')).toBe('Samenwerking-met-Belgie-Duitsland');
    expect(subjectSlug('***')).toBe('memo');
  });
});
