// node.ego on the letter's own dataset, whose nodes vary in kind, status, dates and provenance: the
// ego network takes a node's kind, status and provenance from the packed adjacency and reads only
// the rest, so each node it returns must read exactly as node.get gives it, for every centre.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeSummaryOf, type MethodResult, type NodeSummary } from '../../../shared/contract';
import { FULL_DATA_DIR, openTestService, type TestService } from '../../../test/support/testService';

let service: TestService;

beforeAll(() => {
  service = openTestService(FULL_DATA_DIR);
});
afterAll(() => service.close());

async function call<M extends 'node.ego' | 'node.get' | 'graph.elements'>(method: M, input: unknown) {
  const reply = await service.dispatch(method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value as MethodResult<M>;
}

describe('node.ego on the letter', () => {
  it('returns every node as node.get reads it, whatever its kind, status, dates or provenance', async () => {
    const all = await call('graph.elements', {});
    expect(all.nextCursor).toBeNull();
    const seen = new Map<string, NodeSummary>();
    for (const { id } of all.nodes) {
      const ego = await call('node.ego', { id, depth: 1, limit: 1000 });
      for (const n of [ego.centre, ...ego.nodes]) seen.set(n.id, n);
    }
    // Every node with a relation is reached from a neighbour, so is read through its codes.
    expect(seen.size).toBeGreaterThan(200);
    const varied = [...seen.values()];
    // The check means something only if the nodes differ in what is read from the codes.
    expect(new Set(varied.map((n) => n.kind)).size).toBeGreaterThan(5);
    expect(new Set(varied.map((n) => n.status)).size).toBeGreaterThan(2);
    expect(varied.some((n) => Object.keys(n.dates).length > 0)).toBe(true);
    for (const n of varied) expect(n).toEqual(nodeSummaryOf(await call('node.get', { id: n.id })));
  });
});
