// Contract cases for the explorer's methods (search.nearby, graph.subgraph, node.ego, node.byKind,
// view.getLast/saveLast), registered inside contract.test.ts's per-transport suite so they run over
// direct, HTTP and IPC alike. Facts asserted here hold on the mini fixture (test/fixtures/mini).
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

const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id).sort();

export function explorerContractCases(withTransport: WithTransport): void {
  it('search.nearby suggests near spellings when a search finds nothing', () =>
    withTransport(async (call) => {
      const near = async (text: string) => value<MethodResult<'search.nearby'>>(await call('search.nearby', { text }));
      expect(value<unknown[]>(await call('search.suggest', { text: 'Europool' }))).toEqual([]);
      expect((await near('Europool'))[0]).toMatchObject({ node: { id: 'europol', kind: 'international-body' } });
      expect((await near('Europool'))[0]?.matched).toBe('Europol');
      expect((await near('enschde'))[0]?.node.id).toBe('treaty-of-enschede');
      expect(await near('zzzqqq')).toEqual([]);
      expect(errorOf(await call('search.nearby', { text: '  ' }))).toMatchObject({
        code: 'INVALID_INPUT',
        field: 'text',
      });
    }));

  it('graph.subgraph gives the nodes asked for and the relations among them and the shown ones', () =>
    withTransport(async (call) => {
      const induced = value<MethodResult<'graph.subgraph'>>(
        await call('graph.subgraph', { ids: ['germany', 'europol', 'treaty-of-enschede', 'atlantis'] }),
      );
      expect(ids(induced.nodes)).toEqual(['europol', 'germany', 'treaty-of-enschede']);
      expect(ids(induced.edges)).toEqual(['germany-cooperates-with-europol', 'germany-party-to-treaty-of-enschede']);
      expect(induced.truncated).toBe(false);
      const joined = value<MethodResult<'graph.subgraph'>>(
        await call('graph.subgraph', { ids: ['germany'], among: ['europol', 'netherlands'] }),
      );
      expect(ids(joined.nodes)).toEqual(['germany']);
      expect(ids(joined.edges)).toEqual(['germany-cooperates-with-europol']);
      expect(errorOf(await call('graph.subgraph', { ids: ['Not An Id'] }))).toMatchObject({ field: 'ids.0' });
    }));

  it('node.ego gives one or two hops around a node with every relation among them', () =>
    withTransport(async (call) => {
      const one = value<MethodResult<'node.ego'>>(await call('node.ego', { id: 'netherlands' }));
      expect(one.centre.id).toBe('netherlands');
      expect(ids(one.nodes)).toEqual(['europol', 'netherlands', 'prum-decisions', 'rst', 'treaty-of-enschede']);
      expect(one.edges).toHaveLength(4);
      const two = value<MethodResult<'node.ego'>>(await call('node.ego', { id: 'netherlands', depth: 2 }));
      expect(ids(two.nodes)).toEqual([
        'curacao',
        'ec3',
        'europol',
        'germany',
        'netherlands',
        'prum-decisions',
        'rst',
        'treaty-of-enschede',
      ]);
      expect(two.edges.map((e) => e.id)).not.toContain('ec3-targets-cybercrime');
      expect(two.edges).toHaveLength(8);
      const capped = value<MethodResult<'node.ego'>>(await call('node.ego', { id: 'netherlands', depth: 2, limit: 3 }));
      expect([capped.nodes.length, capped.truncated]).toEqual([3, true]);
      expect(errorOf(await call('node.ego', { id: 'atlantis' })).code).toBe('NOT_FOUND');
      expect(errorOf(await call('node.ego', { id: 'europol', depth: 3 }))).toMatchObject({ field: 'depth' });
    }));

  it('node.byKind lists the nodes of the asked kinds with their details', () =>
    withTransport(async (call) => {
      const states = value<MethodResult<'node.byKind'>>(await call('node.byKind', { kinds: ['state'] }));
      expect(states.map((n) => n.id)).toEqual(['netherlands', 'germany', 'curacao']);
      expect(states[0]?.citations.length).toBeGreaterThan(0);
      expect(value<unknown[]>(await call('node.byKind', { kinds: ['priority'] }))).toEqual([]);
      expect(errorOf(await call('node.byKind', { kinds: [] }))).toMatchObject({ field: 'kinds' });
      expect(errorOf(await call('node.byKind', { kinds: ['dragon'] }))).toMatchObject({ field: 'kinds.0' });
    }));

  it('view.saveLast keeps one last view, apart from the named views', () =>
    withTransport(async (call) => {
      expect(value(await call('view.getLast', {}))).toEqual({ last: null });
      await call('view.saveLast', { state: { nodeIds: ['europol'] } });
      await call('view.saveLast', { state: { nodeIds: ['germany'] } });
      const { last } = value<MethodResult<'view.getLast'>>(await call('view.getLast', {}));
      expect(last?.state).toEqual({ nodeIds: ['germany'] });
      expect(value(await call('view.list', {}))).toEqual([]);
      expect(errorOf(await call('view.saveLast', {}))).toMatchObject({ code: 'INVALID_INPUT', field: 'state' });
    }));
}
