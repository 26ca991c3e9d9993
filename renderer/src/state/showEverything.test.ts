// "Show everything": the whole graph in one undo step; on an empty canvas with the force layout the
// nodes take their overview places (no layout run needed), and never move nodes already on the canvas.
// A large dataset gets an overview instead: the most connected of each kind, and what it left out.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ElementsPage, GraphInfo, NodeDetail } from '../../../shared/contract';
import type { NodeKind } from '../../../shared/ontology';
import { connectFakeApi } from '../../../test/support/fakeApi';
import { showEverything } from './canvasActions';
import { LARGE_DATASET, OVERVIEW_BUDGET, overviewPlaces } from './showEverything';
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

const info = (nodeCount: number): GraphInfo => ({
  datasetVersion: 't',
  nodeCount,
  edgeCount: nodeCount * 10,
  earliestYear: 2000,
  sources: [],
});

beforeEach(() => {
  atlasStore.setState(initialState, true);
  connectFakeApi({ 'graph.info': () => info(3), 'graph.elements': () => page });
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

/** A node of a kind with a degree, as node.byKind returns it. */
const detail = (id: string, kind: NodeKind, degree: number): NodeDetail => ({
  ...aNode(id, kind),
  degree,
  description: { nl: '', en: '' },
  aliases: [],
  attributes: {},
  citations: [],
});

describe('show everything on a large dataset', () => {
  it('asks the service for the most connected of each kind, never pages the whole graph, and says what it left out', async () => {
    const total = 100_000;
    const calls = connectFakeApi({
      'graph.info': () => info(total),
      'node.byKind': ({ kinds, limit }) => {
        const kind = kinds[0] ?? 'state';
        // Two kinds only, sorted by degree as the service sorts them.
        if (kind !== 'state' && kind !== 'treaty') return [];
        return Array.from({ length: limit }, (_, i) => detail(`${kind}-${String(i)}`, kind, 1000 - i));
      },
      'graph.subgraph': ({ ids }) => ({ nodes: ids.map((id) => aNode(id)), edges: [], truncated: false }),
    });
    await showEverything();
    const state = atlasStore.getState();
    expect(calls.some((c) => c.method === 'graph.elements')).toBe(false);
    const asked = calls.filter((c) => c.method === 'node.byKind').map((c) => c.input);
    expect(asked.every((input) => (input as { order?: string }).order === 'degree')).toBe(true);
    expect(state.nodes.size).toBeLessThanOrEqual(OVERVIEW_BUDGET);
    expect(state.nodes.has('state-0')).toBe(true);
    expect(state.overviewLeftOut?.total).toBe(total);
    expect(state.overviewLeftOut?.shown).toBe(state.nodes.size);
    expect(state.overviewLeftOut?.perKind.map((k) => k.kind)).toEqual(['state', 'treaty']);
    expect(state.positions.size).toBe(state.nodes.size);
    expect(state.history.past).toHaveLength(1);
  });

  it('draws a dataset at the threshold whole', async () => {
    const calls = connectFakeApi({ 'graph.info': () => info(LARGE_DATASET), 'graph.elements': () => page });
    await showEverything();
    expect(calls.some((c) => c.method === 'node.byKind')).toBe(false);
    expect(atlasStore.getState().overviewLeftOut).toBeNull();
  });

  it('places each kind in its own block, most connected first at the block top left', () => {
    const places = new Map(
      overviewPlaces([
        { kind: 'state', nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }] },
        { kind: 'treaty', nodes: [{ id: 'e' }] },
      ]),
    );
    expect(places.get('a')).toEqual({ x: 0, y: 0 });
    expect(places.get('d')).toEqual({ x: 60, y: 60 });
    expect(places.get('e')?.x).toBeGreaterThan(60);
    expect(places.size).toBe(5);
  });
});
