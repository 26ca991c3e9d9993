// The canvas producers: adding keeps relations only between loaded nodes; hiding, pinning and
// selecting return new collections and leave the rest of the state alone.
import { describe, expect, it } from 'vitest';
import {
  addNodes,
  clearPositions,
  removeNodes,
  select,
  setHidden,
  setPinned,
  setPositions,
  setSelected,
  toggleSelected,
} from './graphSlice';
import { aNode, anEdge, aState } from './testBuilders';

const nl = aNode('netherlands');
const de = aNode('germany');
const eu = aNode('europol', 'international-body');

describe('graph producers', () => {
  it('adds nodes and only the relations whose two ends are loaded', () => {
    const state = addNodes([nl, de], [anEdge('netherlands', 'germany'), anEdge('netherlands', 'europol')])(aState());
    expect([...state.nodes.keys()]).toEqual(['netherlands', 'germany']);
    expect([...state.edges.keys()]).toEqual(['netherlands-cooperates-with-germany']);
  });

  it('returns the same state when nothing new is added, so no undo step is made', () => {
    const state = addNodes([nl], [])(aState());
    const again = addNodes([], [])(state);
    expect(again).toBe(state);
  });

  it('shows a hidden node again when it is added again', () => {
    const state = setHidden(['netherlands'], true)(addNodes([nl])(aState()));
    expect(state.hidden.has('netherlands')).toBe(true);
    expect(addNodes([nl])(state).hidden.has('netherlands')).toBe(false);
  });

  it('removes nodes with their relations and drops them from the selection', () => {
    const loaded = addNodes([nl, de, eu], [anEdge('netherlands', 'germany'), anEdge('germany', 'europol')])(aState());
    const placed = setPinned(['germany'], true)(setPositions([['germany', { x: 1, y: 1 }]])(loaded));
    const state = removeNodes(['germany'])(setSelected(['germany', 'europol'], [])(placed));
    expect([state.positions.has('germany'), state.pinned.has('germany')]).toEqual([false, false]);
    expect([...state.nodes.keys()]).toEqual(['netherlands', 'europol']);
    expect(state.edges.size).toBe(0);
    expect([...state.selected.nodes]).toEqual(['europol']);
    expect(state.selection).toBeNull();
  });

  it('keeps positions of pinned nodes when positions are cleared for a re-layout', () => {
    const placed = setPositions([
      ['netherlands', { x: 1, y: 2 }],
      ['germany', { x: 3, y: 4 }],
    ])(setPinned(['germany'], true)(aState()));
    const cleared = clearPositions(['netherlands', 'germany'])(placed);
    expect([...cleared.positions.keys()]).toEqual(['germany']);
    expect(setPositions([['germany', { x: 3, y: 4 }]])(placed)).toBe(placed);
  });

  it('selects one element, or adds and removes with shift-click', () => {
    const one = select({ type: 'node', id: 'netherlands' })(aState());
    expect([...one.selected.nodes]).toEqual(['netherlands']);
    const two = toggleSelected({ type: 'edge', id: 'e1' })(one);
    expect([...two.selected.nodes, ...two.selected.edges]).toEqual(['netherlands', 'e1']);
    expect(two.selection).toEqual({ type: 'edge', id: 'e1' });
    const back = toggleSelected({ type: 'edge', id: 'e1' })(two);
    expect([...back.selected.edges]).toEqual([]);
    expect(back.selection).toBeNull();
  });

  it('keeps the detail on a box selection that still contains it', () => {
    const one = select({ type: 'node', id: 'germany' })(aState());
    expect(setSelected(['netherlands', 'germany'], [])(one).selection).toEqual({ type: 'node', id: 'germany' });
    expect(setSelected(['netherlands'], [])(one).selection).toEqual({ type: 'node', id: 'netherlands' });
  });
});
