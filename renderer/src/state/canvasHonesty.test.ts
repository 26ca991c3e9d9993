// State that stays honest: clearing the canvas empties the detail panel and the analysis highlight
// too, and "keep only selected" takes exactly the unselected nodes off the canvas, as one undo step.
import { beforeEach, describe, expect, it } from 'vitest';
import { clearAll, keepOnlySelected } from './canvasActions';
import type { PathsResult } from '../../../shared/contract';
import { pathsFound, selectMatrixCell } from './analysisSlice';
import { addNodes, setSelected } from './graphSlice';
import { apply, atlasStore, initialState, type AtlasState } from './store';
import { aNode, anEdge } from './testBuilders';
import { showDetail } from './uiSlice';

const then =
  (...producers: ((state: AtlasState) => AtlasState)[]) =>
  (state: AtlasState): AtlasState =>
    producers.reduce((s, p) => p(s), state);

beforeEach(() => {
  atlasStore.setState(initialState, true);
  apply(
    addNodes(
      [aNode('europol', 'international-organisation'), aNode('germany'), aNode('belgium')],
      [anEdge('germany', 'europol'), anEdge('belgium', 'europol')],
    ),
  );
});

describe('clearing the canvas', () => {
  it('empties the detail panel with it', () => {
    apply(setSelected(['europol'], []));
    const node = { ...aNode('europol'), description: { nl: '', en: '' }, aliases: [], attributes: {}, citations: [] };
    apply(showDetail({ type: 'node', node, relations: null }));
    clearAll();
    const state = atlasStore.getState();
    expect(state.nodes.size).toBe(0);
    expect(state.selection).toBeNull();
    expect(state.detail).toBeNull();
  });

  it('drops the highlight of a path and a matrix cell, keeping the found paths in their panel', () => {
    const edge = { ...anEdge('germany', 'europol'), citations: [] };
    const reason = { hops: 1, genericHops: 0, genericKinds: [], shortest: true, afterSubstantive: false };
    const paths: PathsResult = {
      from: aNode('germany'),
      to: aNode('europol'),
      paths: [{ nodes: ['germany', 'europol'], hops: [{ from: 'germany', to: 'europol', edges: [edge] }], reason }],
      nodes: [aNode('germany'), aNode('europol')],
      truncated: false,
      exploredEdges: 1,
      endsNotInYear: [],
    };
    apply(then(pathsFound(paths), selectMatrixCell({ row: 'germany', column: 'europol' })));
    expect(atlasStore.getState().analysis.highlight.nodes.size).toBe(2);
    clearAll();
    const { analysis } = atlasStore.getState();
    expect(analysis.highlight.nodes.size + analysis.highlight.edges.size).toBe(0);
    expect(analysis.matrixCell).toBeNull();
    expect(analysis.paths).not.toBeNull();
  });
});

describe('keep only selected', () => {
  it('keeps the selected nodes and the relations among them, in one undo step', () => {
    apply(setSelected(['europol', 'germany'], []));
    const steps = atlasStore.getState().history.past.length;
    keepOnlySelected();
    const state = atlasStore.getState();
    expect([...state.nodes.keys()].sort()).toEqual(['europol', 'germany']);
    expect([...state.edges.values()].map((e) => `${e.source}>${e.target}`)).toEqual(['germany>europol']);
    expect(state.history.past).toHaveLength(steps + 1);
  });

  it('does nothing when nothing is selected', () => {
    keepOnlySelected();
    expect(atlasStore.getState().nodes.size).toBe(3);
  });
});
