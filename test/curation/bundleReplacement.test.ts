// An app update replaces the bundled dataset: the user's nodes, relations and notes are still there
// afterwards, and a relation whose bundle end the new bundle no longer has is kept and reported as
// detached (never drawn, never silently dropped).
import { describe, expect, it } from 'vitest';
import { brokenFixture } from '../dataset/brokenFixture';
import { buildDatasetFile } from '../support/testService';
import { benchPerTest, relateJcat, type CurationBench } from './curationFixtures';

const { bench, keep } = benchPerTest();

/** The user's J-CAT, part of Europol, cooperating with Curaçao, with notes on it and on Europol. */
async function curate(b: CurationBench) {
  const node = await b.w.call('curation.createNode', {
    kind: 'international-body',
    label: { nl: 'Joint Cybercrime Action Taskforce', en: 'Joint Cybercrime Action Taskforce' },
    aliases: ['J-CAT'],
    citation: b.passage('Joint Cybercrime Action Taskforce (J-CAT)'),
    note: 'Eigen notitie.',
  });
  const { toEuropol, withCuracao } = await relateJcat(b, node.id);
  await b.w.call('note.set', { targetId: 'europol', text: 'Notitie bij Europol.' });
  return { node, toEuropol, withCuracao };
}

/** A later bundle: the same letter with Europol's description reworded, or without Curaçao at all. */
function replacedBundle(withoutCuracao: boolean): string {
  const { dir } = brokenFixture((nodes, relations) => {
    const europol = nodes.find((n) => n.id === 'europol');
    if (europol !== undefined) europol.description = { nl: 'EU-agentschap (herzien).', en: 'EU agency (revised).' };
    if (!withoutCuracao) return;
    nodes.splice(
      nodes.findIndex((n) => n.id === 'curacao'),
      1,
    );
    for (let i = relations.length - 1; i >= 0; i -= 1)
      if (relations[i]?.from === 'curacao' || relations[i]?.to === 'curacao') relations.splice(i, 1);
  });
  return buildDatasetFile(dir);
}

describe('a bundle replacement', () => {
  it('keeps the user’s nodes, relations and notes, drawn against the new bundle', async () => {
    const b = await bench();
    const { node, toEuropol, withCuracao } = await curate(b);
    const before = await b.w.call('curation.list', {});
    const current = keep(b.w.restart(replacedBundle(false)));
    expect((await current.call('node.get', { id: 'europol' })).description.en).toBe('EU agency (revised).');
    expect(await current.call('curation.list', {})).toEqual(before);
    expect(await current.call('node.get', { id: node.id })).toMatchObject({
      degree: 2,
      userNote: { text: 'Eigen notitie.' },
    });
    expect((await current.call('node.get', { id: 'europol' })).userNote?.text).toBe('Notitie bij Europol.');
    const hood = await current.call('node.neighbours', { id: node.id });
    expect(hood.edges.map((e) => e.id).sort()).toEqual([toEuropol.id, withCuracao.id].sort());
  });

  it('reports a relation whose bundle end is gone as detached, and draws it nowhere', async () => {
    const b = await bench();
    const { node, toEuropol, withCuracao } = await curate(b);
    const current = keep(b.w.restart(replacedBundle(true)));
    expect((await current.fail('node.get', { id: 'curacao' })).code).toBe('NOT_FOUND');
    const list = await current.call('curation.list', {});
    expect(list.edges.map((e) => e.id)).toEqual([toEuropol.id]);
    expect(list.detached).toEqual([
      { relation: expect.objectContaining({ id: withCuracao.id }) as unknown, missing: ['curacao'] },
    ]);
    expect((await current.call('node.get', { id: node.id })).degree).toBe(1);
    const hood = await current.call('node.neighbours', { id: node.id });
    expect(hood.edges.map((e) => e.id)).toEqual([toEuropol.id]);
    expect(hood.total).toBe(1);
    const everything = await current.call('graph.elements', { limit: 5000 });
    expect(everything.edges.map((e) => e.id)).not.toContain(withCuracao.id);
    expect(everything.edges.map((e) => e.id)).toContain(toEuropol.id);
    // Still the user's to delete, like any addition.
    expect(await current.call('curation.delete', { id: withCuracao.id })).toEqual({
      nodeIds: [],
      edgeIds: [withCuracao.id],
    });
    expect((await current.call('curation.list', {})).detached).toEqual([]);
  });
});
