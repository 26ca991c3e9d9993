// Curating from a passage, on real SQLite files: a node and a relation cite exactly the passage the
// user selected, survive a restart, are refused with the field to correct when the ontology forbids
// them, delete and restore exactly, and notes can be set, replaced and removed on any element.
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../main/store/nativeBinding';
import { userDbFile } from '../documents/documentFixtures';
import { benchPerTest, relateJcat, type CurationBench } from './curationFixtures';

const { bench, keep, closeNow } = benchPerTest();

async function jcat(b: CurationBench, note?: string) {
  return b.w.call('curation.createNode', {
    kind: 'international-body',
    label: { nl: 'Joint Cybercrime Action Taskforce' },
    aliases: ['J-CAT'],
    citation: b.passage('Joint Cybercrime Action Taskforce (J-CAT)'),
    ...(note === undefined ? {} : { note }),
  });
}

describe('curating from a passage', () => {
  it('makes a node whose citation is exactly the selected passage, read from the stored text', async () => {
    const b = await bench();
    const citation = b.passage('Joint Cybercrime Action Taskforce (J-CAT)');
    const node = await jcat(b, 'Nagaan of Nederland deelneemt.');
    expect(node.id).toMatch(/^user-node-[0-9a-f]{16}$/);
    expect(node).toMatchObject({
      kind: 'international-body',
      label: { nl: 'Joint Cybercrime Action Taskforce', en: 'Joint Cybercrime Action Taskforce' },
      provenance: 'user',
      degree: 0,
      aliases: ['J-CAT'],
      citations: [
        {
          sourceId: b.documentId,
          quote: 'Joint Cybercrime Action Taskforce (J-CAT)',
          start: citation.start,
          end: citation.end,
        },
      ],
      userNote: { targetId: node.id, text: 'Nagaan of Nederland deelneemt.' },
    });
    expect(b.text.slice(citation.start, citation.end)).toBe(node.citations[0]?.quote);
  });

  it('makes a relation to a bundle node, counted in both ends’ degrees, and keeps it through a restart', async () => {
    const b = await bench();
    const node = await jcat(b);
    const before = await b.w.call('node.get', { id: 'europol' });
    const relation = await b.w.call('curation.createRelation', {
      kind: 'part-of',
      source: node.id,
      target: 'europol',
      citation: b.passage('ondergebracht bij Europol'),
    });
    expect(relation).toMatchObject({
      id: expect.stringMatching(/^user-rel-[0-9a-f]{16}$/) as unknown,
      kind: 'part-of',
      source: node.id,
      target: 'europol',
      status: 'in-force',
      provenance: 'user',
      citations: [{ sourceId: b.documentId, quote: 'ondergebracht bij Europol' }],
    });
    const current = keep(b.w.restart());
    expect(await current.call('node.get', { id: node.id })).toMatchObject({ degree: 1, provenance: 'user' });
    expect((await current.call('node.get', { id: 'europol' })).degree).toBe(before.degree + 1);
    expect(await current.call('edge.get', { id: relation.id })).toEqual(relation);
    const list = await current.call('curation.list', {});
    expect(list.nodes.map((n) => n.id)).toEqual([node.id]);
    expect(list.edges).toEqual([relation]);
    expect(list.detached).toEqual([]);
  });

  it('refuses a passage past the end of the text, a missing document, a missing end and a kind the ends do not allow', async () => {
    const b = await bench();
    const node = await jcat(b);
    const past = await b.w.fail('curation.createNode', {
      kind: 'international-body',
      label: { nl: 'X' },
      citation: { documentId: b.documentId, start: 10, end: b.text.length + 1 },
    });
    expect(past).toMatchObject({ code: 'INVALID_INPUT', field: 'citation.end' });
    const noDoc = await b.w.fail('curation.createNode', {
      kind: 'international-body',
      label: { nl: 'X' },
      citation: { documentId: 'user-doc-nothing', start: 0, end: 3 },
    });
    expect(noDoc.code).toBe('NOT_FOUND');
    expect(noDoc.message).toContain('user-doc-nothing');
    const noEnd = await b.w.fail('curation.createRelation', {
      kind: 'part-of',
      source: node.id,
      target: 'no-such-node',
      citation: b.passage('Europol'),
    });
    expect(noEnd).toMatchObject({ code: 'NOT_FOUND', field: 'target' });
    expect(noEnd.message).toContain('no-such-node');
    const wrongKind = await b.w.fail('curation.createRelation', {
      kind: 'party-to',
      source: node.id,
      target: 'treaty-of-enschede',
      citation: b.passage('Europol'),
    });
    expect(wrongKind).toMatchObject({ code: 'INVALID_INPUT', field: 'kind' });
    expect(wrongKind.message).toContain('international-body');
    expect(wrongKind.message).toContain('treaty');
    expect((await b.w.call('curation.list', {})).edges).toEqual([]);
  });

  it('changes only the fields given, and refuses to change, delete or restore a bundle element', async () => {
    const b = await bench();
    const node = await jcat(b);
    const changed = await b.w.call('curation.updateNode', {
      id: node.id,
      status: 'planned',
      label: { nl: 'J-CAT', en: 'J-CAT (EN)' },
    });
    expect(changed).toMatchObject({ status: 'planned', label: { nl: 'J-CAT', en: 'J-CAT (EN)' }, aliases: ['J-CAT'] });
    expect(changed.citations).toEqual(node.citations);
    for (const method of ['curation.updateNode', 'curation.delete', 'curation.restore'] as const)
      expect((await b.w.fail(method, { id: 'europol' })).code).toBe('FORBIDDEN');
    expect((await b.w.fail('curation.updateRelation', { id: 'ec3-part-of-europol', status: 'planned' })).code).toBe(
      'FORBIDDEN',
    );
    expect((await b.w.fail('curation.delete', { id: 'user-node-0000000000000000' })).code).toBe('NOT_FOUND');
  });

  it('deletes a node with its relations and restores exactly those, not a relation deleted before', async () => {
    const b = await bench();
    const node = await jcat(b);
    const { toEuropol, withCuracao } = await relateJcat(b, node.id, 'werkt met het J-CAT samen');
    expect(await b.w.call('curation.delete', { id: withCuracao.id })).toEqual({
      nodeIds: [],
      edgeIds: [withCuracao.id],
    });
    expect(await b.w.call('curation.delete', { id: node.id })).toEqual({ nodeIds: [node.id], edgeIds: [toEuropol.id] });
    expect((await b.w.fail('node.get', { id: node.id })).code).toBe('NOT_FOUND');
    expect(await b.w.call('curation.list', {})).toMatchObject({ nodes: [], edges: [] });
    // The relation deleted on its own cannot come back while its user end is deleted.
    expect((await b.w.fail('curation.restore', { id: withCuracao.id })).code).toBe('CONFLICT');
    const current = keep(b.w.restart());
    expect(await current.call('curation.restore', { id: node.id })).toEqual({
      nodeIds: [node.id],
      edgeIds: [toEuropol.id],
    });
    expect((await current.fail('curation.restore', { id: node.id })).code).toBe('NOT_FOUND');
    expect((await current.call('curation.list', {})).edges.map((e) => e.id)).toEqual([toEuropol.id]);
    expect(await current.call('curation.restore', { id: withCuracao.id })).toEqual({
      nodeIds: [],
      edgeIds: [withCuracao.id],
    });
    expect((await current.call('node.get', { id: node.id })).degree).toBe(2);
  });

  it('changes a relation’s kind only to one its ends allow, and never a deleted one', async () => {
    const b = await bench();
    const node = await jcat(b);
    const relation = await b.w.call('curation.createRelation', {
      kind: 'part-of',
      source: node.id,
      target: 'europol',
      citation: b.passage('ondergebracht bij Europol'),
    });
    const changed = await b.w.call('curation.updateRelation', {
      id: relation.id,
      kind: 'cooperates-with',
      dates: { since: '2014' },
    });
    expect(changed).toMatchObject({ kind: 'cooperates-with', status: 'in-force', dates: { since: '2014' } });
    expect(changed.citations).toEqual(relation.citations);
    const refused = await b.w.fail('curation.updateRelation', { id: relation.id, kind: 'party-to' });
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', field: 'kind' });
    expect((await b.w.call('edge.get', { id: relation.id })).kind).toBe('cooperates-with');
    await b.w.call('curation.delete', { id: relation.id });
    expect((await b.w.fail('curation.updateRelation', { id: relation.id, status: 'planned' })).code).toBe('NOT_FOUND');
  });

  it('restores a node without a relation whose other user end was deleted since; that end brings it back', async () => {
    const b = await bench();
    const first = await jcat(b);
    const second = await b.w.call('curation.createNode', {
      kind: 'international-body',
      label: { nl: 'Europees Cybercrime Centrum-team' },
      citation: b.passage('Europol in Den Haag'),
    });
    const between = await b.w.call('curation.createRelation', {
      kind: 'cooperates-with',
      source: first.id,
      target: second.id,
      citation: b.passage('werkt met het J-CAT samen'),
    });
    expect(await b.w.call('curation.delete', { id: first.id })).toEqual({ nodeIds: [first.id], edgeIds: [between.id] });
    expect(await b.w.call('curation.delete', { id: second.id })).toEqual({ nodeIds: [second.id], edgeIds: [] });
    expect(await b.w.call('curation.restore', { id: first.id })).toEqual({ nodeIds: [first.id], edgeIds: [] });
    expect(await b.w.call('curation.list', {})).toMatchObject({ edges: [], detached: [] });
    expect(await b.w.call('curation.restore', { id: second.id })).toEqual({
      nodeIds: [second.id],
      edgeIds: [between.id],
    });
    expect((await b.w.call('curation.list', {})).edges.map((e) => e.id)).toEqual([between.id]);
  });

  it('sets, replaces and removes notes on bundle and user elements, shown with their details', async () => {
    const b = await bench();
    const node = await jcat(b);
    const first = await b.w.call('note.set', { targetId: 'europol', text: 'Contact: liaison in Den Haag.' });
    expect(first.note).toMatchObject({ targetId: 'europol', text: 'Contact: liaison in Den Haag.' });
    await b.w.call('note.set', { targetId: 'europol', text: 'Vervangen notitie.' });
    await b.w.call('note.set', { targetId: 'ec3-part-of-europol', text: 'Zie ook het jaarverslag.' });
    await b.w.call('note.set', { targetId: node.id, text: 'Eigen notitie.' });
    const current = keep(b.w.restart());
    expect((await current.call('node.get', { id: 'europol' })).userNote?.text).toBe('Vervangen notitie.');
    expect((await current.call('edge.get', { id: 'ec3-part-of-europol' })).userNote?.text).toBe(
      'Zie ook het jaarverslag.',
    );
    expect((await current.call('node.get', { id: node.id })).userNote?.text).toBe('Eigen notitie.');
    expect(await current.call('note.set', { targetId: 'europol', text: '' })).toEqual({ note: null });
    expect((await current.call('node.get', { id: 'europol' })).userNote).toBeUndefined();
    expect((await current.call('curation.list', {})).notes.map((n) => n.targetId).sort()).toEqual(
      ['ec3-part-of-europol', node.id].sort(),
    );
    expect((await current.fail('note.set', { targetId: 'no-such-thing', text: 'x' })).code).toBe('NOT_FOUND');
  });

  it('shows a change another connection made to the user database (the overlay does not serve a stale copy)', async () => {
    const b = await bench();
    const node = await jcat(b);
    expect((await b.w.call('node.get', { id: node.id })).label.nl).toBe('Joint Cybercrime Action Taskforce');
    const other = openSqlite(userDbFile(b.w));
    try {
      other.prepare("UPDATE user_node SET label_nl = 'J-CAT (elders gewijzigd)' WHERE id = ?").run(node.id);
    } finally {
      other.close();
    }
    expect((await b.w.call('node.get', { id: node.id })).label.nl).toBe('J-CAT (elders gewijzigd)');
  });

  it('lets a document go once nothing live cites it; what was deleted citing it cannot come back', async () => {
    const b = await bench();
    const node = await jcat(b);
    expect((await b.w.fail('document.delete', { id: b.documentId })).message).toContain('1 of your nodes');
    await b.w.call('curation.delete', { id: node.id });
    expect(await b.w.call('document.delete', { id: b.documentId })).toEqual({ deleted: true });
    expect((await b.w.fail('curation.restore', { id: node.id })).code).toBe('NOT_FOUND');
  });

  it('stores what it made in the user database, never in the bundle', async () => {
    const b = await bench();
    const node = await jcat(b);
    closeNow();
    const db = openSqlite(userDbFile(b.w), { readonly: true });
    try {
      expect(db.prepare('SELECT quote FROM user_node WHERE id = ?').pluck().get(node.id)).toBe(
        'Joint Cybercrime Action Taskforce (J-CAT)',
      );
    } finally {
      db.close();
    }
    const bundle = openSqlite(b.w.datasetPath, { readonly: true });
    try {
      expect(bundle.prepare("SELECT count(*) FROM node WHERE id LIKE 'user-%'").pluck().get()).toBe(0);
    } finally {
      bundle.close();
    }
  });
});
