// Curation over every transport: the same calls answer the same over direct dispatch, HTTP and IPC,
// refusals included (each transport works on a fresh user database over the same bundle; random
// ids and timestamps are named by order of appearance before comparing).
import { afterAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/contract';
import type { Dispatch } from '../../main/service/dispatch';
import { directTransport, httpTransport, ipcTransport, type Transport } from '../contract/transports';
import type { Workbench } from '../documents/documentFixtures';
import { openCurationBench, type CurationBench } from './curationFixtures';

const opened: Workbench[] = [];
afterAll(() => {
  for (const w of opened) w.service.close();
});

async function value<T>(envelope: Promise<Envelope<unknown>>): Promise<T> {
  const result = await envelope;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** The answers with each random id and timestamp replaced by its order of appearance. */
function normalised(answers: unknown): unknown {
  const names = new Map<string, string>();
  const json = JSON.stringify(answers).replace(
    /user-(?:node|rel|doc)-[0-9a-f]+|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z/g,
    (match) => {
      if (!names.has(match)) names.set(match, `#${String(names.size)}`);
      return names.get(match) ?? match;
    },
  );
  return JSON.parse(json) as unknown;
}

async function session(b: CurationBench, t: Transport) {
  const node = await value<{ id: string }>(
    t.call('curation.createNode', {
      kind: 'international-body',
      label: { nl: 'Joint Cybercrime Action Taskforce' },
      aliases: ['J-CAT'],
      citation: b.passage('Joint Cybercrime Action Taskforce (J-CAT)'),
      note: 'Eigen notitie.',
    }),
  );
  const relation = await value<{ id: string }>(
    t.call('curation.createRelation', {
      kind: 'part-of',
      source: node.id,
      target: 'europol',
      citation: b.passage('ondergebracht bij Europol'),
    }),
  );
  const refusal = async (method: string, input: unknown): Promise<unknown> => {
    const answer = await t.call(method, input);
    return answer.ok ? 'accepted' : answer.error;
  };
  return {
    note: await value<unknown>(t.call('note.set', { targetId: 'europol', text: 'Notitie bij Europol.' })),
    node: await value<unknown>(t.call('node.get', { id: node.id })),
    europol: await value<unknown>(t.call('node.get', { id: 'europol' })),
    neighbours: await value<unknown>(t.call('node.neighbours', { id: node.id })),
    suggest: await value<unknown>(t.call('search.suggest', { text: 'j-cat' })),
    updated: await value<unknown>(t.call('curation.updateRelation', { id: relation.id, status: 'planned' })),
    deleted: await value<unknown>(t.call('curation.delete', { id: node.id })),
    restored: await value<unknown>(t.call('curation.restore', { id: node.id })),
    list: await value<unknown>(t.call('curation.list', {})),
    forbidden: await refusal('curation.delete', { id: 'europol' }),
    wrongKind: await refusal('curation.createRelation', {
      kind: 'party-to',
      source: node.id,
      target: 'treaty-of-enschede',
      citation: b.passage('Europol'),
    }),
    pastEnd: await refusal('curation.createNode', {
      kind: 'state',
      label: { nl: 'X' },
      citation: { documentId: b.documentId, start: 0, end: b.text.length + 5 },
    }),
  };
}

describe('curation over its transports', () => {
  it('answers the same over direct dispatch, HTTP and IPC, refusals included', async () => {
    const makers: ((dispatch: Dispatch) => Promise<Transport>)[] = [directTransport, httpTransport, ipcTransport];
    const answers: unknown[] = [];
    for (const make of makers) {
      const b = await openCurationBench();
      opened.push(b.w);
      const t = await make(b.w.service.dispatch);
      try {
        answers.push(normalised(await session(b, t)));
      } finally {
        await t.close();
      }
    }
    expect(answers[0]).toMatchObject({
      forbidden: { code: 'FORBIDDEN' },
      wrongKind: { code: 'INVALID_INPUT', field: 'kind' },
      pastEnd: { code: 'INVALID_INPUT', field: 'citation.end' },
    });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });
});
