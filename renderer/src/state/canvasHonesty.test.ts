// State that stays honest: clearing the canvas empties the detail panel too, and "keep only selected"
// takes exactly the unselected nodes off the canvas, as one undo step.
import { beforeEach, describe, expect, it } from 'vitest';
import { clearAll, keepOnlySelected } from './canvasActions';
import { addNodes, setSelected } from './graphSlice';
import { apply, atlasStore, initialState } from './store';
import { aNode, anEdge } from './testBuilders';
import { showDetail } from './uiSlice';

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
