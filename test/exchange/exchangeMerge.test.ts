// Two laptops, two real user databases: A exports its documents, nodes, relations and notes; B inspects
// the file (nothing changes), applies it (everything added, mentions found against B's bundle), applies
// it again (all already there), and meets a changed node as one conflict, settled either way.
import { afterEach, describe, expect, it } from 'vitest';
import type { ExchangeItem } from '../../shared/contract';
import type { Workbench } from '../documents/documentFixtures';
import { addNode, laptop, laptopWithWork, onUserDb, setNote, userTables } from './exchangeFixtures';

const open: Workbench[] = [];
afterEach(() => {
  for (const w of open.splice(0)) w.service.close();
});

const ids = (items: readonly ExchangeItem[]): string[] => items.map((i) => `${i.type}:${i.id}`).sort();

async function twoLaptops(): Promise<{ a: Workbench; b: Workbench; documentId: string }> {
  const { a, documentId } = await laptopWithWork();
  const b = laptop();
  open.push(a, b);
  return { a, b, documentId };
}

describe('exchange between laptops', () => {
  it('exports one dated file with every document, node, relation and note', async () => {
    const { a } = await twoLaptops();
    const exported = await a.call('exchange.export', {});
    expect(exported.fileName).toMatch(/^ips-atlas-uitwisseling-\d{4}-\d{2}-\d{2}\.ipsatlas$/);
    expect(exported.counts).toEqual({ document: 1, node: 1, relation: 1, note: 2 });
  });

  it('leaves a deleted node and the note on it out of the file', async () => {
    const { a, documentId } = await twoLaptops();
    addNode(a, 'user-node-weg', 'Europol', documentId);
    setNote(a, 'user-node-weg', 'Weg ermee.');
    onUserDb(a, (db) =>
      db.prepare("UPDATE user_node SET deleted_at = '2026-12-02T00:00:00.000Z' WHERE id = ?").run('user-node-weg'),
    );
    expect((await a.call('exchange.export', {})).counts).toMatchObject({ node: 1, note: 2 });
  });

  it('brings back a node deleted here when the file still holds it, as new', async () => {
    const { a, b } = await twoLaptops();
    const file = await a.call('exchange.export', {});
    await b.call('exchange.apply', { fileName: file.fileName, data: file.data });
    onUserDb(b, (db) =>
      db.prepare("UPDATE user_node SET deleted_at = '2026-12-02T00:00:00.000Z', deleted_with = id").run(),
    );
    const report = await b.call('exchange.apply', { fileName: file.fileName, data: file.data });
    expect(ids(report.added)).toEqual(['node:user-node-cyberteam']);
    const row = onUserDb(b, (db) => db.prepare('SELECT deleted_at, deleted_with FROM user_node').get());
    expect(row).toEqual({ deleted_at: null, deleted_with: null });
  });

  it('inspects without changing anything, then adds everything, then finds it all already there', async () => {
    const { a, b, documentId } = await twoLaptops();
    const file = await a.call('exchange.export', {});
    const before = userTables(b);
    const inspected = await b.call('exchange.inspect', { fileName: file.fileName, data: file.data });
    expect(userTables(b)).toBe(before);
    const everything = [
      `document:${documentId}`,
      'node:user-node-cyberteam',
      'relation:user-rel-cyberteam-enschede',
      'note:user-note-europol',
      'note:user-note-user-node-cyberteam',
    ].sort();
    expect(inspected).toMatchObject({ applied: false, conflicts: [], alreadyThere: [], detached: [] });
    expect(ids(inspected.added)).toEqual(everything);
    expect(inspected.added.find((i) => i.type === 'relation')?.label).toBe(
      'Cyberteam Caribisch gebied – part-of – Verdrag van Enschede',
    );

    const applied = await b.call('exchange.apply', { fileName: file.fileName, data: file.data });
    expect(applied.applied).toBe(true);
    expect(ids(applied.added)).toEqual(everything);
    // B holds what A holds: the document with its text, and the mentions found against B's bundle
    // and the user's nodes that came with it.
    expect(await b.call('document.get', { id: documentId })).toEqual(await a.call('document.get', { id: documentId }));
    const mentions = await b.call('document.mentions', { id: documentId });
    expect(mentions.nodes.map((n) => n.nodeId).sort()).toEqual([
      'curacao',
      'europol',
      'rst',
      'treaty-of-enschede',
      'user-node-cyberteam',
    ]);
    expect((await b.call('document.search', { text: 'cyberteam' })).passages).toHaveLength(2);
    expect(await b.call('exchange.export', {}).then((f) => f.counts)).toEqual(file.counts);

    const again = await b.call('exchange.apply', { fileName: file.fileName, data: file.data });
    expect(again.added).toEqual([]);
    expect(ids(again.alreadyThere)).toEqual(everything);
  });

  it('reports a node changed on A as one conflict, and keeps B’s version unless told otherwise', async () => {
    const { a, b } = await twoLaptops();
    const first = await a.call('exchange.export', {});
    await b.call('exchange.apply', { fileName: first.fileName, data: first.data });
    onUserDb(a, (db) =>
      db
        .prepare(
          "UPDATE user_node SET label_nl = 'Cyberteam CARIB', status = 'planned' WHERE id = 'user-node-cyberteam'",
        )
        .run(),
    );
    const second = await a.call('exchange.export', {});

    const inspected = await b.call('exchange.inspect', { fileName: second.fileName, data: second.data });
    expect(inspected.added).toEqual([]);
    expect(inspected.conflicts).toEqual([
      {
        type: 'node',
        id: 'user-node-cyberteam',
        label: 'Cyberteam CARIB',
        fields: ['label', 'status'],
        mine: { label: 'Cyberteam Caribisch gebied', status: 'in-force' },
        theirs: { label: 'Cyberteam CARIB', status: 'planned' },
      },
    ]);

    const kept = await b.call('exchange.apply', { fileName: second.fileName, data: second.data });
    expect(kept.conflicts[0]?.choice).toBe('keep-mine');
    const label = (): unknown =>
      onUserDb(b, (db) => db.prepare("SELECT label_nl FROM user_node WHERE id = 'user-node-cyberteam'").pluck().get());
    expect(label()).toBe('Cyberteam Caribisch gebied');

    const taken = await b.call('exchange.apply', {
      fileName: second.fileName,
      data: second.data,
      choices: { 'user-node-cyberteam': 'take-theirs' },
    });
    expect(taken.conflicts[0]?.choice).toBe('take-theirs');
    expect(label()).toBe('Cyberteam CARIB');
    const settled = await b.call('exchange.inspect', { fileName: second.fileName, data: second.data });
    expect(settled.conflicts).toEqual([]);
  });

  it('reports a relation whose user end is in neither the dataset nor the file as detached, and keeps it', async () => {
    const { a, b } = await twoLaptops();
    onUserDb(a, (db) => db.prepare("UPDATE user_relation SET target = 'gone-from-bundle'").run());
    const file = await a.call('exchange.export', {});
    const report = await b.call('exchange.apply', { fileName: file.fileName, data: file.data });
    expect(ids(report.detached)).toEqual(['relation:user-rel-cyberteam-enschede']);
    const kept = onUserDb(b, (db) => db.prepare('SELECT target FROM user_relation').pluck().all());
    expect(kept).toEqual(['gone-from-bundle']);
  });
});
