// Views over time, against a recording fake of the contract: the last view is restored on start
// without becoming an undo step, autosave writes it debounced and only after the restore, saved
// views round-trip through the service's JSON, lenses open and close as one step each.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NodeDetail } from '../../../shared/contract';
import { connectFakeApi } from '../../../test/support/fakeApi';
import { closeScope, loadLenses, openLens } from './canvasActions';
import { addNodes } from './graphSlice';
import { selectVisibleGraph } from './selectors';
import { apply, atlasStore, initialState } from './store';
import { aNode, anEdge } from './testBuilders';
import { encodeView } from './viewCodec';
import { viewOf } from './historySlice';
import { setPattern } from './analysisSlice';
import { restoreLastView, startLastViewAutosave, undoView } from './viewActions';

const germany = aNode('germany');
const belgium = aNode('belgium');
const detail = (id: string, number?: number): NodeDetail => ({
  ...aNode(id, 'priority'),
  description: { nl: '', en: '' },
  aliases: [],
  attributes: number === undefined ? {} : { number },
  citations: [],
});

beforeEach(() => {
  atlasStore.setState(initialState, true);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('last view', () => {
  it('is restored on start with its nodes reloaded, and the history starts after it', async () => {
    const saved = encodeView(viewOf(addNodes([germany, belgium])(initialState)));
    const calls = connectFakeApi({
      'view.getLast': () => ({ last: { state: JSON.parse(JSON.stringify(saved)) as unknown, updatedAt: 'x' } }),
      'graph.subgraph': () => ({ nodes: [germany, belgium], edges: [anEdge('germany', 'belgium')], truncated: false }),
    });
    await restoreLastView();
    const state = atlasStore.getState();
    expect([...state.nodes.keys()]).toEqual(['germany', 'belgium']);
    expect(state.edges.size).toBe(1);
    expect(state.history.past).toHaveLength(0);
    expect(calls.find((c) => c.method === 'graph.subgraph')?.input).toEqual({ ids: ['germany', 'belgium'] });
  });

  it('is saved after changes settle, once, and not for the start-up state itself', () => {
    vi.useFakeTimers();
    const calls = connectFakeApi({ 'view.saveLast': () => ({ updatedAt: 'x' }) });
    const stop = startLastViewAutosave(500);
    vi.advanceTimersByTime(2000);
    expect(calls).toHaveLength(0);
    apply(addNodes([germany]));
    apply(addNodes([belgium]));
    vi.advanceTimersByTime(400);
    expect(calls).toHaveLength(0);
    vi.advanceTimersByTime(200);
    expect(calls).toHaveLength(1);
    expect((calls[0]?.input as { state: { nodeIds: string[] } }).state.nodeIds).toEqual(['germany', 'belgium']);
    stop();
  });
});

describe('last view and the pattern query', () => {
  it('saves a changed pattern query with the view, and brings it back on the next start', async () => {
    vi.useFakeTimers();
    const calls = connectFakeApi({ 'view.saveLast': () => ({ updatedAt: 'x' }) });
    const stop = startLastViewAutosave(500);
    const query = { ...atlasStore.getState().analysis.pattern, relationKinds: ['targets' as const] };
    apply(setPattern(query));
    vi.advanceTimersByTime(600);
    stop();
    expect(calls).toHaveLength(1);
    const state = (calls[0]?.input as { state: unknown }).state;
    vi.useRealTimers();
    atlasStore.setState(initialState, true);
    connectFakeApi({
      'view.getLast': () => ({ last: { state: JSON.parse(JSON.stringify(state)) as unknown, updatedAt: 'x' } }),
    });
    await restoreLastView();
    expect(atlasStore.getState().analysis.pattern.relationKinds).toEqual(['targets']);
  });
});

describe('priority lenses', () => {
  it('offers the numbered priorities in the letter’s order', async () => {
    connectFakeApi({
      'node.byKind': () => [
        detail('task-a'),
        detail('priority-3', 3),
        detail('priority-1', 1),
        detail('priority-2', 2),
      ],
    });
    await loadLenses();
    expect(atlasStore.getState().lenses.map((l) => l.id)).toEqual(['priority-1', 'priority-2', 'priority-3']);
  });

  it('opens as one undo step that hides the rest, and closing takes off what it brought', async () => {
    apply(addNodes([aNode('europol', 'international-body'), germany]));
    connectFakeApi({
      'node.ego': () => ({
        centre: detail('priority-2', 2),
        nodes: [aNode('priority-2', 'priority'), germany, belgium],
        edges: [anEdge('priority-2', 'germany', 'targets'), anEdge('priority-2', 'belgium', 'targets')],
        truncated: false,
      }),
      'graph.subgraph': () => ({ nodes: [], edges: [anEdge('belgium', 'europol')], truncated: false }),
    });
    const steps = atlasStore.getState().history.past.length;
    await openLens('priority-2');
    const state = atlasStore.getState();
    expect(state.history.past).toHaveLength(steps + 1);
    expect(
      selectVisibleGraph(state)
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual(['belgium', 'germany', 'priority-2']);
    expect(state.nodes.has('europol')).toBe(true);
    closeScope();
    expect([...atlasStore.getState().nodes.keys()].sort()).toEqual(['europol', 'germany']);
    undoView();
    expect(atlasStore.getState().scope?.anchorId).toBe('priority-2');
  });
});
