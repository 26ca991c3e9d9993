// The user's own nodes are found in their documents like the bundle's: in a document imported later,
// in one imported before the node existed, by label and alias, longest name winning across the two;
// a renamed or deleted node's old mentions go.
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../main/service/documents/userCatalogue';
import { base64 } from '../documents/documentFixtures';
import { benchPerTest } from './curationFixtures';

const { bench } = benchPerTest();

const LATER = 'Verslag. De J-CAT en Europol wisselen gegevens uit; de Joint Cybercrime Action Taskforce rapporteert.';

describe("the user's nodes in documents", () => {
  it('are found in a later document and in the one they were made from, by label and alias', async () => {
    const b = await bench();
    const node = await b.w.call('curation.createNode', {
      kind: 'international-body',
      label: { nl: 'Joint Cybercrime Action Taskforce' },
      aliases: ['J-CAT'],
      citation: b.passage('Joint Cybercrime Action Taskforce (J-CAT)'),
    });
    const first = await b.w.call('document.mentions', { id: b.documentId });
    expect(first.nodes.find((n) => n.nodeId === node.id)).toMatchObject({ count: 3, kind: 'international-body' });

    const { document } = await b.w.call('document.import', { fileName: 'verslag.txt', data: base64(LATER) });
    const later = await b.w.call('document.mentions', { id: document.id });
    const own = later.mentions.filter((m) => m.nodeId === node.id).map((m) => LATER.slice(m.start, m.end));
    expect(own).toEqual(['J-CAT', 'Joint Cybercrime Action Taskforce']);
    expect(later.mentions.some((m) => m.nodeId === 'europol')).toBe(true);
    const docs = await b.w.call('node.documents', { id: node.id });
    expect(docs.map((d) => d.documentId).sort()).toEqual([b.documentId, document.id].sort());
  });

  it('lose their old mentions when renamed or deleted', async () => {
    const b = await bench();
    const node = await b.w.call('curation.createNode', {
      kind: 'international-body',
      label: { nl: 'J-CAT' },
      citation: b.passage('J-CAT'),
    });
    const count = async () =>
      (await b.w.call('document.mentions', { id: b.documentId })).mentions.filter((m) => m.nodeId === node.id).length;
    expect(await count()).toBe(2);
    await b.w.call('curation.updateNode', { id: node.id, label: { nl: 'Taskforce Curaçao' } });
    expect(await count()).toBe(0);
    await b.w.call('curation.updateNode', { id: node.id, label: { nl: 'J-CAT' } });
    expect(await count()).toBe(2);
    await b.w.call('curation.delete', { id: node.id });
    expect(await count()).toBe(0);
  });
});

describe('merging bundle and user mentions', () => {
  it('keeps the leftmost longest name, the bundle winning an exact tie', () => {
    const bundle = [
      { nodeId: 'europol', start: 0, end: 7 },
      { nodeId: 'den-haag', start: 30, end: 38 },
    ];
    const own = [
      { nodeId: 'user-node-a', start: 0, end: 26 },
      { nodeId: 'user-node-b', start: 30, end: 38 },
      { nodeId: 'user-node-c', start: 20, end: 34 },
    ];
    expect(mergeMentions(bundle, own)).toEqual([
      { nodeId: 'user-node-a', start: 0, end: 26 },
      { nodeId: 'den-haag', start: 30, end: 38 },
    ]);
  });
});
