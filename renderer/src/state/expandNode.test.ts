// Expanding a node: one call brings its neighbours and the relations joining them to what is already
// shown, so the canvas never shows two related nodes unconnected; the whole expansion is one undo step.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Neighbourhood } from '../../../shared/contract';
import { connectFakeApi } from '../../../test/support/fakeApi';
import { addNode } from './actions';
import { expandNode } from './canvasActions';
import { addNodes } from './graphSlice';
import { apply, atlasStore, initialState } from './store';
import { aNode, anEdge } from './testBuilders';

const hood: Neighbourhood = {
  centre: aNode('netherlands'),
  nodes: [aNode('europol', 'international-organisation')],
  edges: [anEdge('netherlands', 'europol')],
  total: 1,
  nextCursor: null,
  joining: [anEdge('germany', 'europol')],
};

beforeEach(() => {
  atlasStore.setState(initialState, true);
});

describe('expanding a node', () => {
  it('asks once, naming the nodes shown, and adds the neighbours with every joining relation', async () => {
    apply(addNodes([aNode('netherlands'), aNode('germany')]));
    const calls = connectFakeApi({ 'node.neighbours': () => hood });
    const steps = atlasStore.getState().history.past.length;
    await expandNode('netherlands');
    expect(calls.map((c) => c.method)).toEqual(['node.neighbours']);
    expect(calls[0]?.input).toMatchObject({ id: 'netherlands', among: ['netherlands', 'germany'] });
    const state = atlasStore.getState();
    expect([...state.nodes.keys()].sort()).toEqual(['europol', 'germany', 'netherlands']);
    expect([...state.edges.keys()].sort()).toEqual(
      [anEdge('germany', 'europol').id, anEdge('netherlands', 'europol').id].sort(),
    );
    expect(state.history.past).toHaveLength(steps + 1);
  });

  it('on an empty canvas still asks for the relations among the neighbours themselves', async () => {
    const calls = connectFakeApi({ 'node.neighbours': () => ({ ...hood, joining: [] }) });
    await expandNode('netherlands');
    expect(calls[0]?.input).toMatchObject({ among: [] });
    expect(atlasStore.getState().nodes.size).toBe(2);
  });
});

describe('adding one node from the detail panel', () => {
  it('asks once for the node and its relations to the nodes shown', async () => {
    apply(addNodes([aNode('germany')]));
    const calls = connectFakeApi({
      'graph.subgraph': () => ({ nodes: [aNode('europol')], edges: [anEdge('germany', 'europol')], truncated: false }),
      'node.get': () => ({
        ...aNode('europol'),
        description: { nl: '', en: '' },
        aliases: [],
        attributes: {},
        citations: [],
      }),
      'node.neighbours': () => ({ ...hood, centre: aNode('europol'), nodes: [], edges: [] }),
    });
    await addNode('europol');
    expect(calls.filter((c) => c.method === 'graph.subgraph').map((c) => c.input)).toEqual([
      { ids: ['europol'], among: ['germany'] },
    ]);
    expect([...atlasStore.getState().edges.keys()]).toEqual([anEdge('germany', 'europol').id]);
  });
});
