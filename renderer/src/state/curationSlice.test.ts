// The curation producers: a deleted element leaves the canvas, the panel and every step of the view
// history (an undo of the view must not bring back what the data no longer holds); a note lands in
// the panel's details only for the element it was written on.
import { describe, expect, it } from 'vitest';
import type { NodeDetail } from '../../../shared/contract';
import { forgetElements, patchNote } from './curationSlice';
import { addNodes, select } from './graphSlice';
import { record } from './historySlice';
import { aNode, aState, anEdge } from './testBuilders';

const ours = { ...anEdge('netherlands', 'europol', 'member-of'), id: 'user-rel-1', provenance: 'user' as const };

describe('forgetElements', () => {
  it('takes a deleted user node and its relations off the canvas and out of the view history', () => {
    const start = aState();
    const shown = addNodes(
      [aNode('netherlands'), aNode('user-node-1', 'instrument')],
      [{ ...ours, target: 'user-node-1' }],
    )(start);
    const later = record(shown, addNodes([aNode('belgium')])(shown));
    const selected = select({ type: 'node', id: 'user-node-1' })(later);
    const after = forgetElements(['user-node-1'], [])(selected);
    expect([...after.nodes.keys()].sort()).toEqual(['belgium', 'netherlands']);
    expect(after.edges.size).toBe(0);
    expect(after.selection).toBeNull();
    expect(after.history.past.every((view) => !view.nodes.has('user-node-1') && view.edges.size === 0)).toBe(true);
  });

  it('clears the panel only when it showed what was deleted', () => {
    const shown = addNodes([aNode('netherlands'), aNode('europol')], [ours])(aState());
    const withDetail = { ...shown, detail: { type: 'edge' as const, edge: { ...ours, citations: [] } } };
    expect(forgetElements([], ['user-rel-1'])(withDetail).detail).toBeNull();
    expect(forgetElements([], ['user-rel-2'])(withDetail).detail).toBe(withDetail.detail);
  });
});

describe('patchNote', () => {
  const node: NodeDetail = {
    ...aNode('europol', 'international-organisation'),
    description: { nl: '', en: '' },
    aliases: [],
    attributes: {},
    citations: [],
  };
  const note = { targetId: 'europol', text: 'Navragen', updatedAt: '2026-12-03T15:00:00Z' };

  it('puts the note on the element shown, and takes it off again', () => {
    const state = aState({ detail: { type: 'node', node, relations: null } });
    const noted = patchNote('europol', note)(state);
    expect(noted.detail?.type === 'node' ? noted.detail.node.userNote : null).toEqual(note);
    const cleared = patchNote('europol', null)(noted);
    expect(cleared.detail?.type === 'node' ? 'userNote' in cleared.detail.node : true).toBe(false);
  });

  it('leaves the panel alone when it shows something else', () => {
    const state = aState({ detail: { type: 'node', node, relations: null } });
    expect(patchNote('interpol', note)(state)).toBe(state);
  });
});
