// Memo-ready text exports: the handling marking heads and closes the Markdown briefing and sits in
// the Word document's own header and footer (read back from the unzipped .docx); the briefing says
// what it covers; the CSV tables come with ';' for Dutch Excel, read back by Papa Parse.
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildBriefing, type BriefingInput } from '../../renderer/src/export/formats/briefing';
import { briefingDocx } from '../../renderer/src/export/formats/briefingDocx';
import { briefingMarkdown } from '../../renderer/src/export/formats/briefingMarkdown';
import { csvZip } from '../../renderer/src/export/formats/csvExport';
import { fixtureDetails, fixtureGraph, INFO, NODES } from './exportFixtures';

const MARKING = 'Departementaal vertrouwelijk';

function input(extra: Partial<BriefingInput> = {}): BriefingInput {
  return {
    title: 'Samenwerking met Duitsland',
    graph: fixtureGraph('nl'),
    actors: NODES,
    edgeDetails: fixtureDetails().edges,
    info: INFO,
    ...extra,
  };
}

describe('handling marking and scope in the briefing', () => {
  it('puts the marking first and last in the Markdown, and says the scope', () => {
    const md = briefingMarkdown(buildBriefing(input({ marking: `  ${MARKING} `, scope: 'visible' })));
    const lines = md.trimEnd().split('\n');
    expect(lines[0]).toBe('**DEPARTEMENTAAL VERTROUWELIJK**');
    expect(lines.at(-1)).toBe('**DEPARTEMENTAAL VERTROUWELIJK**');
    expect(md).toContain('Reikwijdte: het zichtbare netwerk (4 actoren en onderwerpen).');
  });

  it('writes no marking line when there is none', () => {
    const md = briefingMarkdown(buildBriefing(input()));
    expect(md).not.toContain('VERTROUWELIJK');
    expect(md.startsWith('# Samenwerking met Duitsland')).toBe(true);
  });

  it('puts the marking in the Word header and footer, linked from the section', async () => {
    const files = unzipSync(await briefingDocx(buildBriefing(input({ marking: MARKING, scope: 'selection' }))));
    const names = Object.keys(files);
    const header = names.find((n) => /^word\/header\d*\.xml$/.test(n));
    const footer = names.find((n) => /^word\/footer\d*\.xml$/.test(n));
    expect(header).toBeDefined();
    expect(footer).toBeDefined();
    expect(strFromU8(files[header ?? ''] ?? new Uint8Array())).toContain('DEPARTEMENTAAL VERTROUWELIJK');
    expect(strFromU8(files[footer ?? ''] ?? new Uint8Array())).toContain('DEPARTEMENTAAL VERTROUWELIJK');
    const body = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(body).toContain('w:headerReference');
    expect(body).toContain('Reikwijdte: de selectie (4 actoren en onderwerpen).');
  });

  it('says the scope in English when the briefing is in English', () => {
    const md = briefingMarkdown(buildBriefing(input({ graph: fixtureGraph('en'), scope: 'path' })));
    expect(md).toContain('Scope: the highlighted path (4 actors and subjects).');
  });
});

describe('CSV for Dutch Excel', () => {
  it('separates columns with ; when asked, and reads back to the same cells', () => {
    const files = unzipSync(csvZip(fixtureGraph('nl'), fixtureDetails(), ';'));
    const text = strFromU8(files['nodes.csv'] ?? new Uint8Array()).replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toMatch(/^id;label_nl;label_en;kind;/);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const treaty = parsed.data.find((row) => row.id === 'treaty-of-enschede');
    expect(treaty).toMatchObject({ label_nl: 'Verdrag van Enschede', signed: '2005' });
    expect(treaty?.citations).toContain('Over Verdrag van Enschede zegt de brief iets.');
  });
});
