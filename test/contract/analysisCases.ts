// Contract cases for the analysis methods (paths.find, pattern.query, graph.matrix), registered
// inside contract.test.ts's per-transport suite so they run over direct, HTTP and IPC alike.
// Facts asserted here hold on the mini fixture (test/fixtures/mini).
import { expect, it } from 'vitest';
import type { Envelope, MethodResult } from '../../shared/contract';
import type { Call } from './transports';

type WithTransport = (work: (call: Call) => Promise<void>) => Promise<void>;

function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

function errorOf(envelope: Envelope<unknown>): { code: string; field?: string } {
  if (envelope.ok) throw new Error('expected an error envelope');
  return envelope.error;
}

const states = { type: 'kinds', kinds: ['state'] } as const;

export function analysisContractCases(withTransport: WithTransport): void {
  it('paths.find gives the k shortest paths, each hop with its relations and citations', () =>
    withTransport(async (call) => {
      const found = value<MethodResult<'paths.find'>>(await call('paths.find', { from: 'europol', to: 'germany' }));
      expect(found.paths.map((p) => p.nodes)).toEqual([
        ['europol', 'germany'],
        ['europol', 'netherlands', 'treaty-of-enschede', 'germany'],
      ]);
      const [direct] = found.paths[0]?.hops ?? [];
      expect(direct?.edges.map((e) => [e.id, e.source])).toEqual([['germany-cooperates-with-europol', 'germany']]);
      expect(direct?.edges[0]?.citations[0]?.quote).toContain('Europol');
      for (const hop of found.paths.flatMap((p) => p.hops)) expect(hop.edges[0]?.citations.length).toBeGreaterThan(0);
      expect(found.nodes.map((n) => n.id).sort()).toEqual(['europol', 'germany', 'netherlands', 'treaty-of-enschede']);
      expect(found.truncated).toBe(false);
    }));

  it('paths.find honours the filters, the path cap and the hop cap', () =>
    withTransport(async (call) => {
      const ids = async (input: object) =>
        value<MethodResult<'paths.find'>>(await call('paths.find', input)).paths.map((p) => p.nodes.join('>'));
      const base = { from: 'europol', to: 'germany' };
      expect(await ids({ ...base, filters: { nodeKinds: ['state', 'international-body'] } })).toEqual([
        'europol>germany',
      ]);
      expect(
        await ids({ ...base, filters: { relationKinds: ['party-to', 'cooperates-with'], statuses: ['ambition'] } }),
      ).toEqual([]);
      expect(await ids({ ...base, maxPaths: 1 })).toEqual(['europol>germany']);
      expect(await ids({ ...base, maxHops: 2 })).toEqual(['europol>germany']);
      expect(await ids({ ...base, filters: { asOfYear: 2004 } })).toEqual(['europol>germany']);
      // The Treaty of Enschede was signed in 2005: as of 2004 it is no end of any path, as of 2010 it is.
      const treaty = { from: 'treaty-of-enschede', to: 'germany' };
      const before = value<MethodResult<'paths.find'>>(
        await call('paths.find', { ...treaty, filters: { asOfYear: 2004 } }),
      );
      expect([before.paths, before.endsNotInYear]).toEqual([[], ['from']]);
      const after = value<MethodResult<'paths.find'>>(
        await call('paths.find', { ...treaty, filters: { asOfYear: 2010 } }),
      );
      expect([after.paths.length > 0, after.endsNotInYear]).toEqual([true, []]);
      // Curaçao reaches cybercrime only through the RST, the Netherlands, Europol and EC3: five hops.
      expect(await ids({ from: 'curacao', to: 'cybercrime', maxHops: 4 })).toEqual([]);
      expect(await ids({ from: 'curacao', to: 'cybercrime', maxHops: 5 })).toEqual([
        'curacao>rst>netherlands>europol>ec3>cybercrime',
      ]);
    }));

  it('paths.find keeps excluded nodes and kinds out of every path, and says why each path was chosen', () =>
    withTransport(async (call) => {
      const find = async (input: object) => value<MethodResult<'paths.find'>>(await call('paths.find', input));
      const ids = async (input: object) => (await find(input)).paths.map((p) => p.nodes.join('>'));
      const base = { from: 'europol', to: 'germany' };
      expect(await ids({ ...base, excludeNodes: ['netherlands'] })).toEqual(['europol>germany']);
      expect(await ids({ ...base, excludeNodeKinds: ['treaty'] })).toEqual(['europol>germany']);
      // The Netherlands is a state like Germany, but the chosen end stays whatever its kind.
      expect(await ids({ ...base, excludeNodeKinds: ['state'] })).toEqual(['europol>germany']);
      expect(await ids({ from: 'curacao', to: 'cybercrime', maxHops: 6, excludeNodes: ['rst'] })).toEqual([]);
      expect(
        await ids({ from: 'curacao', to: 'cybercrime', maxHops: 6, excludeNodes: ['treaty-of-enschede'] }),
      ).toEqual(['curacao>rst>netherlands>europol>ec3>cybercrime']);
      const found = await find(base);
      expect(found.paths.map((p) => p.reason)).toEqual([
        { hops: 1, genericHops: 0, genericKinds: [], shortest: true, afterSubstantive: false },
        { hops: 3, genericHops: 0, genericKinds: [], shortest: false, afterSubstantive: false },
      ]);
    }));

  it('paths.find refuses exclusions that name an end, an unknown kind or too many nodes', () =>
    withTransport(async (call) => {
      const base = { from: 'europol', to: 'germany' };
      const cases: [object, string][] = [
        [{ ...base, excludeNodes: ['germany'] }, 'excludeNodes'],
        [{ ...base, excludeNodes: ['europol', 'netherlands'] }, 'excludeNodes'],
        [{ ...base, excludeNodes: ['Not An Id'] }, 'excludeNodes.0'],
        [{ ...base, excludeNodes: Array.from({ length: 51 }, (_, i) => `node-${String(i)}`) }, 'excludeNodes'],
        [{ ...base, excludeNodeKinds: ['planet'] }, 'excludeNodeKinds.0'],
      ];
      for (const [input, field] of cases)
        expect(errorOf(await call('paths.find', input)), field).toMatchObject({ code: 'INVALID_INPUT', field });
      // An excluded id the dataset lacks is no error: there is simply nothing to avoid.
      const found = value<MethodResult<'paths.find'>>(
        await call('paths.find', { ...base, excludeNodes: ['atlantis'] }),
      );
      expect(found.paths).toHaveLength(2);
    }));

  it('pattern.query matches node-or-kind ends, relation kinds, direction, status and year', () =>
    withTransport(async (call) => {
      const rows = async (query: object) =>
        value<MethodResult<'pattern.query'>>(await call('pattern.query', { query })).rows;
      const members = await rows({
        subject: states,
        relationKinds: ['member-of'],
        object: { type: 'node', id: 'rst' },
        direction: 'forward',
        statuses: [],
      });
      expect(members.map((r) => r.subject.id).sort()).toEqual(['curacao', 'netherlands']);
      expect(members[0]?.edge.citations[0]?.quote).toContain('RST');
      const europolPartners = await rows({
        subject: { type: 'node', id: 'europol' },
        relationKinds: ['cooperates-with'],
        object: states,
        direction: 'backward',
        statuses: [],
      });
      expect(europolPartners.map((r) => [r.object.id, r.forward])).toEqual([
        ['netherlands', false],
        ['germany', false],
      ]);
      const forwardOnly = { subject: { type: 'node', id: 'europol' }, relationKinds: [], object: states, statuses: [] };
      expect(await rows({ ...forwardOnly, direction: 'forward' })).toEqual([]);
      expect(await rows({ ...forwardOnly, direction: 'either' })).toHaveLength(2);
      const ambitions = await rows({
        subject: states,
        relationKinds: [],
        object: { type: 'kinds', kinds: [] },
        direction: 'forward',
        statuses: ['ambition'],
      });
      expect(ambitions.map((r) => r.edge.id)).toEqual(['netherlands-advocates-prum-decisions']);
      const treaty = {
        subject: states,
        relationKinds: ['party-to'],
        object: { type: 'kinds', kinds: ['treaty'] },
        direction: 'forward',
        statuses: [],
      };
      expect(await rows({ ...treaty, asOfYear: 2004 })).toEqual([]);
      expect(await rows({ ...treaty, asOfYear: 2010 })).toHaveLength(2);
      const capped = value<MethodResult<'pattern.query'>>(await call('pattern.query', { query: treaty, limit: 1 }));
      expect([capped.rows.length, capped.truncated]).toEqual([1, true]);
    }));

  it('graph.matrix returns the connected rows and columns of two kind groups and their relations', () =>
    withTransport(async (call) => {
      const matrix = value<MethodResult<'graph.matrix'>>(
        await call('graph.matrix', {
          rowKinds: ['state'],
          columnKinds: ['treaty', 'legislation', 'international-body'],
        }),
      );
      expect(matrix.rows.map((n) => n.id)).toEqual(['netherlands', 'germany']);
      expect(matrix.columns.map((n) => n.id).sort()).toEqual(['europol', 'prum-decisions', 'treaty-of-enschede']);
      expect(matrix.edges).toHaveLength(5);
      const inForce = value<MethodResult<'graph.matrix'>>(
        await call('graph.matrix', {
          rowKinds: ['state'],
          columnKinds: ['treaty', 'legislation', 'international-body'],
          filters: { statuses: ['in-force'] },
        }),
      );
      expect(inForce.columns.map((n) => n.id)).not.toContain('prum-decisions');
      expect(inForce.edges).toHaveLength(4);
    }));

  it('analysis methods refuse bad input naming the field, and unknown nodes with NOT_FOUND', () =>
    withTransport(async (call) => {
      const query = { subject: states, relationKinds: [], object: states, direction: 'forward', statuses: [] };
      const cases: [string, object, string][] = [
        ['paths.find', { to: 'germany' }, 'from'],
        ['paths.find', { from: 'europol', to: 'europol' }, 'to'],
        ['paths.find', { from: 'europol', to: 'germany', maxHops: 7 }, 'maxHops'],
        ['paths.find', { from: 'europol', to: 'germany', maxPaths: 0 }, 'maxPaths'],
        ['paths.find', { from: 'europol', to: 'germany', filters: { nodeKinds: ['planet'] } }, 'filters.nodeKinds.0'],
        ['pattern.query', { query: { ...query, direction: 'sideways' } }, 'query.direction'],
        ['pattern.query', { query: { ...query, relationKinds: ['likes'] } }, 'query.relationKinds.0'],
        ['pattern.query', { query: { ...query, subject: { type: 'node', id: 'Not An Id' } } }, 'query.subject.id'],
        ['pattern.query', { query: { ...query, asOfYear: 1500 } }, 'query.asOfYear'],
        ['graph.matrix', { rowKinds: [], columnKinds: ['state'] }, 'rowKinds'],
        ['graph.matrix', { rowKinds: ['state'], columnKinds: ['state'], limit: 0 }, 'limit'],
      ];
      for (const [method, input, field] of cases) {
        expect(errorOf(await call(method, input)), `${method} ${field}`).toMatchObject({
          code: 'INVALID_INPUT',
          field,
        });
      }
      expect(errorOf(await call('pattern.query', { query: { ...query, extra: 1 } }))).toMatchObject({
        field: 'query.extra',
      });
      expect(errorOf(await call('paths.find', { from: 'atlantis', to: 'germany' }))).toMatchObject({
        code: 'NOT_FOUND',
        field: 'from',
      });
      expect(errorOf(await call('paths.find', { from: 'europol', to: 'atlantis' }))).toMatchObject({
        code: 'NOT_FOUND',
        field: 'to',
      });
      const unknownObject = { query: { ...query, object: { type: 'node', id: 'atlantis' } } };
      expect(errorOf(await call('pattern.query', unknownObject)).code).toBe('NOT_FOUND');
    }));
}
