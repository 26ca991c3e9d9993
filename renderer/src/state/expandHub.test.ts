// Expanding a hub asks first, with per-kind counts from the service's totals (not from a first page),
// brings the most connected neighbours a page at a time, and keeps a notice of what it left out.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Neighbourhood, NodeSummary, ParsedInput } from '../../../shared/contract';
import { connectFakeApi } from '../../../test/support/fakeApi';
import { expandNode, relationKindsOf } from './canvasActions';
import { addNodes } from './graphSlice';
import { HUB_PAGE, loadMoreOf, openHub, showMostConnected } from './expandHub';
import { apply, atlasStore, initialState } from './store';
import { aNode, anEdge } from './testBuilders';

const HUB_DEGREE = 4800;
const hub: NodeSummary = { ...aNode('politie', 'national-organisation'), degree: HUB_DEGREE };

/** A hub of 4,800 relations: 4,000 member-of, 800 cooperates-with; ends' degrees fall with their number. */
function hubNeighbours(input: ParsedInput<'node.neighbours'>): Neighbourhood {
  const kinds = input.relationKinds ?? ['member-of', 'cooperates-with'];
  const total = (kinds.includes('member-of') ? 4000 : 0) + (kinds.includes('cooperates-with') ? 800 : 0);
  const offset = input.cursor === undefined ? 0 : Number(input.cursor);
  const size = Math.min(input.limit, total - offset);
  const nodes = Array.from({ length: size }, (_, i) => ({
    ...aNode(`n${String(offset + i)}`),
    degree: 5000 - offset - i,
  }));
  return {
    centre: hub,
    nodes,
    edges: nodes.map((n) => anEdge('politie', n.id, kinds[0])),
    total,
    nextCursor: offset + size < total ? String(offset + size) : null,
  };
}

beforeEach(() => {
  atlasStore.setState(initialState, true);
  apply(addNodes([hub]));
});

describe('expanding a hub', () => {
  it('asks before loading, with counts per kind from the service totals', async () => {
    const calls = connectFakeApi({ 'node.neighbours': hubNeighbours });
    await expandNode('politie');
    const prompt = atlasStore.getState().hubPrompt;
    expect(prompt?.total).toBe(HUB_DEGREE);
    expect(prompt?.kinds).toEqual([
      { kind: 'member-of', count: 4000 },
      { kind: 'cooperates-with', count: 800 },
    ]);
    expect(atlasStore.getState().nodes.size).toBe(1);
    // Each count is one relation kind's total; no call read a thousand relations to count them.
    expect(calls.every((c) => (c.input as { limit: number }).limit === 1)).toBe(true);
  });

  it('counts "neighbours by relation kind" from the totals too', async () => {
    connectFakeApi({ 'node.neighbours': hubNeighbours });
    expect(await relationKindsOf('politie')).toEqual([
      { kind: 'member-of', count: 4000 },
      { kind: 'cooperates-with', count: 800 },
    ]);
  });

  it('shows the most connected, says what it left out, and loads more where it stopped', async () => {
    const calls = connectFakeApi({ 'node.neighbours': hubNeighbours });
    await showMostConnected('politie');
    let state = atlasStore.getState();
    expect(state.hubPrompt).toBeNull();
    expect(state.nodes.size).toBe(1 + HUB_PAGE);
    expect(state.hubsLeftOut).toEqual([
      { id: 'politie', relationKinds: null, shown: HUB_PAGE, total: HUB_DEGREE, cursor: String(HUB_PAGE) },
    ]);
    expect(calls[0]?.input).toMatchObject({ order: 'degree', limit: HUB_PAGE, among: ['politie'] });
    await loadMoreOf('politie');
    state = atlasStore.getState();
    expect(state.nodes.size).toBe(1 + 2 * HUB_PAGE);
    expect(state.hubsLeftOut[0]?.shown).toBe(2 * HUB_PAGE);
    expect(calls[1]?.input).toMatchObject({ cursor: String(HUB_PAGE), order: 'degree' });
  });

  it('by kind: pages that kind only, and drops the notice once everything is shown', async () => {
    connectFakeApi({
      'node.neighbours': (input) => ({ ...hubNeighbours(input), total: HUB_PAGE, nextCursor: null }),
    });
    await expandNode('politie', ['cooperates-with']);
    expect(atlasStore.getState().hubsLeftOut).toEqual([]);
    expect(atlasStore.getState().nodes.size).toBe(1 + HUB_PAGE);
  });

  it('expands an ordinary node at once, without asking', async () => {
    apply(addNodes([{ ...aNode('kmar'), degree: 3 }]));
    connectFakeApi({
      'node.neighbours': () => ({
        centre: aNode('kmar'),
        nodes: [aNode('x')],
        edges: [anEdge('kmar', 'x')],
        total: 1,
        nextCursor: null,
      }),
    });
    await expandNode('kmar');
    expect(atlasStore.getState().hubPrompt).toBeNull();
    expect(atlasStore.getState().nodes.has('x')).toBe(true);
  });

  it('opened from search, a hub comes selected with its 50 most connected neighbours and the notice', async () => {
    atlasStore.setState(initialState, true);
    const calls = connectFakeApi({
      'graph.subgraph': () => ({ nodes: [hub], edges: [], truncated: false }),
      'node.neighbours': hubNeighbours,
      'node.get': () => ({ ...hub, description: { nl: '', en: '' }, aliases: [], attributes: {}, citations: [] }),
    });
    await openHub('politie');
    const state = atlasStore.getState();
    expect(state.selection).toEqual({ type: 'node', id: 'politie' });
    expect(state.nodes.size).toBe(1 + HUB_PAGE);
    expect(state.hubsLeftOut[0]?.shown).toBe(HUB_PAGE);
    expect(
      calls.find((c) => c.method === 'node.neighbours' && (c.input as { order?: string }).order === 'degree'),
    ).toBeDefined();
  });
});
