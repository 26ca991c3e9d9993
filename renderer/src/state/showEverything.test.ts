// "Show everything": the whole graph in one undo step; on an empty canvas with the force layout the
// nodes take their overview places (no layout run needed), and never move nodes already on the canvas.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ElementsPage } from '../../../shared/contract';
import { connectFakeApi } from '../../../test/support/fakeApi';
import { showEverything } from './canvasActions';
import { addNodes, setPositions } from './graphSlice';
import { apply, atlasStore, initialState } from './store';
import { aNode, anEdge } from './testBuilders';
import { setLayoutName } from './viewSlice';

const page: ElementsPage = {
  nodes: [aNode('germany'), aNode('belgium'), aNode('europol', 'international-organisation')],
  edges: [anEdge('germany', 'belgium'), anEdge('belgium', 'europol')],
  overview: { germany: { x: -100, y: 0 }, belgium: { x: 0, y: 20 }, europol: { x: 100, y: 0 } },
  nextCursor: null,
};

beforeEach(() => {
  atlasStore.setState(initialState, true);
  connectFakeApi({ 'graph.elements': () => page });
});

describe('show everything', () => {
  it('puts every node and relation on an empty canvas at its overview place, as one undo step', async () => {
    await showEverything();
    const state = atlasStore.getState();
    expect([...state.nodes.keys()]).toEqual(['germany', 'belgium', 'europol']);
    expect(state.edges.size).toBe(2);
    expect(Object.fromEntries(state.positions)).toEqual(page.overview);
    expect(state.history.past).toHaveLength(1);
  });

  it('keeps the places of nodes already shown and leaves the new ones to the layout', async () => {
    apply(addNodes([aNode('germany')]));
    apply(setPositions([['germany', { x: 5, y: 5 }]]));
    await showEverything();
    const state = atlasStore.getState();
    expect(state.nodes.size).toBe(3);
    expect(Object.fromEntries(state.positions)).toEqual({ germany: { x: 5, y: 5 } });
  });

  it('leaves placing to the chosen layout when it is not the force layout', async () => {
    apply(setLayoutName('hierarchical'));
    await showEverything();
    expect(atlasStore.getState().positions.size).toBe(0);
  });
});
