// "As of" through the contract: pattern.query, graph.matrix and paths.find drop a relation whose
// end does not hold in the year, not only a relation that does not; and every node and relation
// carries its provenance, stored by the build.
import { afterAll, describe, expect, it } from 'vitest';
import type { MethodResult } from '../../../shared/contract';
import { brokenFixture, byId } from '../../../test/dataset/brokenFixture';
import { openTestService } from '../../../test/support/testService';

// The relation says 2000, its treaty was signed in 2005: as of 2003 the relation cannot hold.
const { dir } = brokenFixture((nodes, relations) => {
  byId(relations, 'netherlands-party-to-treaty-of-enschede').dates = { from: '2000' };
  byId(relations, 'germany-party-to-treaty-of-enschede').dates = { from: '2000' };
  byId(nodes, 'ec3').dates = { founded: '2013' };
  byId(relations, 'ec3-targets-cybercrime').provenance = 'editorial';
});
const service = openTestService(dir);
afterAll(() => service.close());

async function call<M extends string>(method: M, input: unknown): Promise<unknown> {
  const envelope = await service.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}

const treatyQuery = {
  subject: { type: 'kinds', kinds: ['state'] },
  relationKinds: ['party-to'],
  object: { type: 'kinds', kinds: ['treaty'] },
  direction: 'forward',
  statuses: [],
};

describe('as of, on both ends of a relation', () => {
  it('pattern.query drops a relation whose end did not yet exist, and keeps it once it did', async () => {
    const rows = async (asOfYear?: number) =>
      ((await call('pattern.query', { query: { ...treatyQuery, asOfYear } })) as MethodResult<'pattern.query'>).rows;
    expect(await rows(2003)).toEqual([]);
    expect((await rows(2005)).map((r) => r.edge.id).sort()).toEqual([
      'germany-party-to-treaty-of-enschede',
      'netherlands-party-to-treaty-of-enschede',
    ]);
    expect(await rows()).toHaveLength(2);
  });

  it('graph.matrix applies the same rule', async () => {
    const matrix = (asOfYear: number) =>
      call('graph.matrix', { rowKinds: ['state'], columnKinds: ['treaty'], filters: { asOfYear } }) as Promise<
        MethodResult<'graph.matrix'>
      >;
    expect((await matrix(2003)).edges).toEqual([]);
    expect((await matrix(2006)).edges).toHaveLength(2);
  });

  it('paths.find finds no path to an end that did not exist in the year, and says so', async () => {
    const paths = async (asOfYear: number) =>
      (await call('paths.find', {
        from: 'netherlands',
        to: 'treaty-of-enschede',
        filters: { asOfYear },
      })) as MethodResult<'paths.find'>;
    const in2003 = await paths(2003);
    expect([in2003.paths, in2003.endsNotInYear]).toEqual([[], ['to']]);
    expect((await paths(2006)).paths.length).toBeGreaterThan(0);
  });

  it('stores provenance and filters editorial groupings out when asked', async () => {
    const details = (await call('graph.details', {
      nodeIds: ['ec3'],
      edgeIds: ['ec3-targets-cybercrime', 'ec3-part-of-europol'],
    })) as MethodResult<'graph.details'>;
    expect(details.nodes.map((n) => n.provenance)).toEqual(['stated']);
    expect(Object.fromEntries(details.edges.map((e) => [e.id, e.provenance]))).toEqual({
      'ec3-targets-cybercrime': 'editorial',
      'ec3-part-of-europol': 'stated',
    });
    const stated = (await call('paths.find', {
      from: 'ec3',
      to: 'cybercrime',
      filters: { provenances: ['stated'] },
    })) as MethodResult<'paths.find'>;
    expect(stated.paths.flatMap((p) => p.hops.flatMap((h) => h.edges.map((r) => r.id)))).not.toContain(
      'ec3-targets-cybercrime',
    );
  });
});
