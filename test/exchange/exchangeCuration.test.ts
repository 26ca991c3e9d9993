// A relation curated through the workbench's own calls travels to another laptop: made on A from a
// passage (to a bundle node), exported, applied on B, where curation.list, edge.get and the note show
// it exactly as on A, and the cited passage is B's copy of the same document.
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbench, type Workbench } from '../documents/documentFixtures';
import { openCurationBench } from '../curation/curationFixtures';

const open: Workbench[] = [];
afterEach(() => {
  for (const w of open.splice(0)) w.service.close();
});

describe('curated work exchanged between laptops', () => {
  it('arrives on B as A made it: node, relation to a bundle node, and note', async () => {
    const a = await openCurationBench();
    const b = openWorkbench();
    open.push(a.w, b);
    const node = await a.w.call('curation.createNode', {
      kind: 'international-body',
      label: { nl: 'Joint Cybercrime Action Taskforce' },
      aliases: ['J-CAT'],
      citation: a.passage('Joint Cybercrime Action Taskforce (J-CAT)'),
    });
    const relation = await a.w.call('curation.createRelation', {
      kind: 'part-of',
      source: node.id,
      target: 'europol',
      citation: a.passage('ondergebracht bij Europol'),
      note: 'Bevestigen bij de liaison.',
    });
    const file = await a.w.call('exchange.export', {});
    const report = await b.call('exchange.apply', { fileName: file.fileName, data: file.data });
    expect(report.conflicts).toEqual([]);
    expect(report.detached).toEqual([]);
    expect(report.added.map((i) => i.type).sort()).toEqual(['document', 'node', 'note', 'relation']);

    const onA = await a.w.call('curation.list', {});
    const onB = await b.call('curation.list', {});
    expect(onB).toEqual(onA);
    expect(await b.call('edge.get', { id: relation.id })).toEqual(await a.w.call('edge.get', { id: relation.id }));
    const quote = (await b.call('document.get', { id: a.documentId })).text.slice(
      relation.citations[0]?.start,
      relation.citations[0]?.end,
    );
    expect(quote).toBe('ondergebracht bij Europol');
  });
});
