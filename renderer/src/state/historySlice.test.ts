// Undo and redo over view snapshots: every view change is a step, selection and language are not,
// slider drags coalesce, the history is capped, and undo never leaves a dangling selection.
import { describe, expect, it } from 'vitest';
import { addNodes, select, setPositions } from './graphSlice';
import { COALESCE_MS, HISTORY_LIMIT, record, redo, undo } from './historySlice';
import type { AtlasState } from './store';
import { aNode, aState } from './testBuilders';
import { setAsOfYear } from './viewSlice';
import { setLanguage } from './uiSlice';

const step = (state: AtlasState, producer: (s: AtlasState) => AtlasState, coalesce?: string, now = 0): AtlasState =>
  record(state, producer(state), { now, ...(coalesce === undefined ? {} : { coalesce }) });

describe('history', () => {
  it('undoes and redoes a view change', () => {
    const start = aState();
    const added = step(start, addNodes([aNode('europol')]));
    const moved = step(added, setPositions([['europol', { x: 5, y: 5 }]]));
    const undone = undo()(moved);
    expect(undone.positions.size).toBe(0);
    expect(undone.nodes.has('europol')).toBe(true);
    const twice = undo()(undone);
    expect(twice.nodes.size).toBe(0);
    expect(redo()(redo()(twice)).positions.get('europol')).toEqual({ x: 5, y: 5 });
  });

  it('makes no step for changes outside the view (selection, language)', () => {
    const start = aState();
    const after = step(step(start, select({ type: 'node', id: 'x' })), setLanguage('en'));
    expect(after.history.past).toHaveLength(0);
  });

  it('clears redo when a new change is made', () => {
    const added = step(aState(), addNodes([aNode('a')]));
    const undone = undo()(added);
    const other = step(undone, addNodes([aNode('b')]));
    expect(other.history.future).toHaveLength(0);
    expect(redo()(other)).toBe(other);
  });

  it('merges changes with the same key made in quick succession into one step', () => {
    let state = aState();
    for (const [i, year] of [2010, 2012, 2015].entries()) state = step(state, setAsOfYear(year), 'year', i * 100);
    expect(state.history.past).toHaveLength(1);
    expect(undo()(state).filters.asOfYear).toBeUndefined();
    const later = step(state, setAsOfYear(2018), 'year', 200 + COALESCE_MS);
    expect(later.history.past).toHaveLength(2);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let state = aState();
    for (let i = 0; i < HISTORY_LIMIT + 10; i += 1) state = step(state, addNodes([aNode(`n${String(i)}`)]));
    expect(state.history.past).toHaveLength(HISTORY_LIMIT);
  });

  it('drops from the selection what an undo takes off the canvas', () => {
    const added = step(aState(), addNodes([aNode('europol')]));
    const selected = select({ type: 'node', id: 'europol' })(added);
    const undone = undo()(selected);
    expect(undone.selection).toBeNull();
    expect(undone.selected.nodes.size).toBe(0);
  });
});
