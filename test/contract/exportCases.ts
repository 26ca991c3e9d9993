// Contract cases for graph.details (exports and comparisons), registered inside contract.test.ts's
// per-transport suite so they run over direct, HTTP and IPC alike. Facts hold on the mini fixture.
import { expect, it } from 'vitest';
import type { Envelope, MethodResult } from '../../shared/contract';
import type { Call } from './transports';

type WithTransport = (work: (call: Call) => Promise<void>) => Promise<void>;

function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

export function exportContractCases(withTransport: WithTransport): void {
  it('graph.details gives descriptions and citations of many elements at once, skipping unknown ids', () =>
    withTransport(async (call) => {
      const details = value<MethodResult<'graph.details'>>(
        await call('graph.details', {
          nodeIds: ['germany', 'europol', 'no-such-node'],
          edgeIds: ['netherlands-party-to-treaty-of-enschede', 'no-such-relation'],
        }),
      );
      expect(details.nodes.map((n) => n.id).sort()).toEqual(['europol', 'germany']);
      const europol = details.nodes.find((n) => n.id === 'europol');
      expect(europol?.description.nl.length).toBeGreaterThan(0);
      expect(europol?.citations.length).toBeGreaterThan(0);
      expect(details.edges).toHaveLength(1);
      expect(details.edges[0]?.citations[0]?.quote).toContain('Verdrag van Enschede');
      // The same answer as one-by-one calls: the batch is a shortcut, not a different view.
      const single = value<MethodResult<'edge.get'>>(
        await call('edge.get', { id: 'netherlands-party-to-treaty-of-enschede' }),
      );
      expect(details.edges[0]).toEqual(single);
      expect(value<MethodResult<'graph.details'>>(await call('graph.details', {}))).toEqual({ nodes: [], edges: [] });
    }));

  it('graph.details refuses a malformed id, naming the field', () =>
    withTransport(async (call) => {
      const result = await call('graph.details', { nodeIds: ['Not An Id'] });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'nodeIds.0' } });
    }));
}
