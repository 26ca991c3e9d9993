// User additions appear wherever the graph is read, marked provenance `user`: neighbours (first page,
// counted in the total), the relations among shown nodes, details for exports, ego networks, search
// as you type, the whole-graph pages and a node's documents. And a cited document cannot be deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeDetail, NodeDetail } from '../../shared/contract';
import { openCurationBench, type CurationBench } from './curationFixtures';

let b: CurationBench;
let node: NodeDetail;
let toEuropol: EdgeDetail;
let withCuracao: EdgeDetail;
let europolDegree: number;

beforeAll(async () => {
  b = await openCurationBench();
  europolDegree = (await b.w.call('node.get', { id: 'europol' })).degree;
  node = await b.w.call('curation.createNode', {
    kind: 'international-body',
    label: { nl: 'Joint Cybercrime Action Taskforce' },
    aliases: ['J-CAT'],
    citation: b.passage('Joint Cybercrime Action Taskforce (J-CAT)'),
  });
  toEuropol = await b.w.call('curation.createRelation', {
    kind: 'part-of',
    source: node.id,
    target: 'europol',
    citation: b.passage('ondergebracht bij Europol'),
  });
  withCuracao = await b.w.call('curation.createRelation', {
    kind: 'cooperates-with',
    source: 'curacao',
    target: node.id,
    citation: b.passage('Curaçao werkt met het J-CAT samen'),
  });
  await b.w.call('note.set', { targetId: 'ec3-part-of-europol', text: 'Zie jaarverslag.' });
});
afterAll(() => {
  b.w.service.close();
});

describe('user additions where the graph is read', () => {
  it('node.neighbours: a bundle node’s first page holds its user relations and their ends; the total counts them', async () => {
    const bundleOnly = await b.w.call('node.neighbours', { id: 'europol', relationKinds: ['targets'] });
    const hood = await b.w.call('node.neighbours', { id: 'europol' });
    expect(hood.edges.map((e) => e.id)).toContain(toEuropol.id);
    expect(hood.nodes.find((n) => n.id === node.id)).toMatchObject({ provenance: 'user', degree: 2 });
    expect(hood.centre.degree).toBe(europolDegree + 1);
    expect(hood.total).toBe(europolDegree + 1);
    expect(bundleOnly.edges.map((e) => e.id)).not.toContain(toEuropol.id);
    const second = await b.w.call('node.neighbours', { id: 'europol', limit: 1, cursor: '0' });
    expect(second.edges.map((e) => e.id)).not.toContain(toEuropol.id);
  });

  it('node.neighbours around a user node, with the relations joining the shown nodes', async () => {
    const hood = await b.w.call('node.neighbours', { id: node.id, among: ['ec3'] });
    expect(hood.centre).toMatchObject({ id: node.id, provenance: 'user' });
    expect(hood.nodes.map((n) => n.id).sort()).toEqual(['curacao', 'europol']);
    expect(hood.edges.map((e) => e.provenance)).toEqual(['user', 'user']);
    expect(hood.total).toBe(2);
    expect(hood.joining?.map((e) => e.id)).toContain('ec3-part-of-europol');
  });

  it('graph.subgraph and graph.details: user relations among the given ids, user ids and notes in details', async () => {
    const sub = await b.w.call('graph.subgraph', { ids: [node.id, 'europol'], among: ['curacao'] });
    expect(sub.nodes.map((n) => n.id)).toEqual(['europol', node.id]);
    expect(sub.edges.map((e) => e.id).sort()).toEqual([toEuropol.id, withCuracao.id].sort());
    const details = await b.w.call('graph.details', {
      nodeIds: ['europol', node.id],
      edgeIds: [toEuropol.id, 'ec3-part-of-europol'],
    });
    expect(details.nodes.find((n) => n.id === node.id)?.citations[0]?.quote).toBe(
      'Joint Cybercrime Action Taskforce (J-CAT)',
    );
    expect(details.edges.find((e) => e.id === toEuropol.id)).toEqual(toEuropol);
    expect(details.edges.find((e) => e.id === 'ec3-part-of-europol')?.userNote?.text).toBe('Zie jaarverslag.');
  });

  it('node.ego: the centre’s user relations and their ends, around bundle and user centres', async () => {
    const ego = await b.w.call('node.ego', { id: 'curacao', depth: 1 });
    expect(ego.nodes.map((n) => n.id)).toContain(node.id);
    expect(ego.edges.map((e) => e.id)).toContain(withCuracao.id);
    const own = await b.w.call('node.ego', { id: node.id, depth: 2 });
    expect(own.centre.id).toBe(node.id);
    expect(own.nodes.map((n) => n.id).sort()).toEqual(['curacao', 'europol', node.id].sort());
    expect(own.edges.map((e) => e.id).sort()).toEqual([toEuropol.id, withCuracao.id].sort());
  });

  it('search.suggest: user nodes by label or alias prefix, diacritics-blind, before bundle hits', async () => {
    const hits = await b.w.call('search.suggest', { text: 'j-ca' });
    expect(hits[0]).toMatchObject({ node: { id: node.id, provenance: 'user' }, matched: 'J-CAT' });
    const blind = await b.w.call('search.suggest', { text: 'JÓINT cyb' });
    expect(blind[0]).toMatchObject({
      node: { id: node.id, provenance: 'user' },
      matched: 'Joint Cybercrime Action Taskforce',
    });
    const byAlias = await b.w.call('search.suggest', { text: 'CAT' });
    expect(byAlias[0]?.node.id).toBe(node.id);
    const mixed = await b.w.call('search.suggest', { text: 'Joint' });
    expect(mixed[0]?.node.id).toBe(node.id);
    expect((await b.w.call('search.suggest', { text: 'Europol' })).map((h) => h.node.id)).not.toContain(node.id);
  });

  it('search.nearby: a user node spelled a little wrong, before the bundle’s near names', async () => {
    const near = await b.w.call('search.nearby', { text: 'Joint Cybercrme Taskfroce' });
    expect(near[0]).toMatchObject({
      node: { id: node.id, provenance: 'user' },
      matched: 'Joint Cybercrime Action Taskforce',
    });
    expect((await b.w.call('search.nearby', { text: 'Europl' })).map((h) => h.node.id)).not.toContain(node.id);
  });

  it('graph.elements: user nodes and relations come with the last page', async () => {
    const ids: string[] = [];
    const edges: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await b.w.call('graph.elements', { limit: 3, ...(cursor === undefined ? {} : { cursor }) });
      ids.push(...page.nodes.map((n) => n.id));
      edges.push(...page.edges.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
      if (cursor !== undefined) expect(page.nodes.map((n) => n.id)).not.toContain(node.id);
    } while (cursor !== undefined);
    expect(ids.filter((id) => id === node.id)).toHaveLength(1);
    expect(edges).toEqual(expect.arrayContaining([toEuropol.id, withCuracao.id]));
  });

  it('node.byKind: user nodes of the kinds asked for, placed by degree', async () => {
    const byDegree = await b.w.call('node.byKind', { kinds: ['international-body'], order: 'degree' });
    expect(byDegree.map((n) => n.id)).toContain(node.id);
    expect(byDegree.map((n) => n.degree)).toEqual([...byDegree.map((n) => n.degree)].sort((x, y) => y - x));
    expect((await b.w.call('node.byKind', { kinds: ['state'] })).map((n) => n.id)).not.toContain(node.id);
  });

  it('node.documents: the user’s additions count as citations of the document they cite', async () => {
    const refs = await b.w.call('node.documents', { id: 'europol' });
    const mine = refs.find((r) => r.documentId === b.documentId);
    expect(mine).toMatchObject({ origin: 'user', citationCount: 1 });
    expect(mine?.mentionCount).toBeGreaterThan(0);
    const own = await b.w.call('node.documents', { id: node.id });
    expect(own).toEqual([
      // Its label once and its alias J-CAT twice are found as mentions in the note (userCatalogue.ts).
      expect.objectContaining({ documentId: b.documentId, origin: 'user', mentionCount: 3, citationCount: 3 }),
    ]);
    expect(own[0]?.first?.start).toBe(b.passage('Joint Cybercrime Action Taskforce (J-CAT)').start);
  });

  it('paths.find stays the bundle’s, and says so when an end is the user’s own node', async () => {
    const refused = await b.w.fail('paths.find', { from: node.id, to: 'curacao' });
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', field: 'from' });
    expect(refused.message).toContain('Joint Cybercrime Action Taskforce');
    const bundle = await b.w.call('paths.find', { from: 'ec3', to: 'europol' });
    expect(bundle.paths.length).toBeGreaterThan(0);
  });

  it('document.delete refuses while additions cite the document, saying how many', async () => {
    const refused = await b.w.fail('document.delete', { id: b.documentId });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('1 of your nodes and 2 of your relations');
    expect((await b.w.call('document.list', {})).map((d) => d.id)).toContain(b.documentId);
  });
});
