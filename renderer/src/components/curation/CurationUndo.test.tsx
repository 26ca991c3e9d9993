// The user's own relation in the detail panel: marked as theirs, deleted (a second press confirms)
// off the canvas and out of the view history, then brought back by the notice's "Ongedaan maken"
// (curation.restore); edited and the edit undone with the previous values; a note written in place.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EdgeDetail, UserNote } from '../../../../shared/contract';
import { connectFakeApi, type Answers } from '../../../../test/support/fakeApi';
import { addNodes, select } from '../../state/graphSlice';
import { apply, atlasStore, initialState } from '../../state/store';
import { aNode } from '../../state/testBuilders';
import { showDetail } from '../../state/uiSlice';
import { DetailPanel } from '../DetailPanel';
import { CurationLayer } from './CurationLayer';
import { aUserRelation, europol, netherlands } from './curationTestNodes';

const ours = aUserRelation('Nederland is lid van Europol', 28);

let current: EdgeDetail = ours;
let note: UserNote | null = null;

const answers: Answers = {
  'curation.delete': () => ({ nodeIds: [], edgeIds: [ours.id] }),
  'curation.restore': () => ({ nodeIds: [], edgeIds: [ours.id] }),
  'curation.updateRelation': (input) => {
    current = { ...current, ...(input.status === undefined ? {} : { status: input.status }) };
    return current;
  },
  'graph.details': () => ({ nodes: [], edges: [current] }),
  'graph.subgraph': (input) => ({
    nodes: [europol, netherlands].filter((n) => input.ids.includes(n.id)),
    edges: [],
    truncated: false,
  }),
  'edge.get': () => (note === null ? current : { ...current, userNote: note }),
  'note.set': (input) => {
    note = input.text === '' ? null : { targetId: input.targetId, text: input.text, updatedAt: '2026-12-03T15:00:00Z' };
    return { note };
  },
};

function showOurs(): ReturnType<typeof connectFakeApi> {
  const calls = connectFakeApi(answers);
  apply(addNodes([europol, netherlands], [ours]));
  // A later step, so the view history holds a view with the relation in it.
  apply(addNodes([aNode('belgium')]));
  apply(select({ type: 'edge', id: ours.id }));
  apply(showDetail({ type: 'edge', edge: ours }));
  render(
    <>
      <DetailPanel />
      <CurationLayer />
    </>,
  );
  return calls;
}

beforeEach(() => {
  atlasStore.setState(initialState, true);
  current = ours;
  note = null;
});

describe('undoing curation', () => {
  it('deletes the user’s relation off the canvas and the view history, and the notice brings it back', async () => {
    const calls = showOurs();
    const panel = screen.getByTestId('detail-panel');
    expect(within(panel).getByTestId('own-addition').textContent).toContain('Eigen toevoeging');
    expect(atlasStore.getState().history.past.some((view) => view.edges.has(ours.id))).toBe(true);
    await userEvent.click(within(panel).getByRole('button', { name: 'Verwijderen' }));
    await userEvent.click(
      within(panel).getByRole('button', { name: /verwijderen \(u kunt het daarna ongedaan maken\)/ }),
    );
    await waitFor(() => expect(atlasStore.getState().edges.has(ours.id)).toBe(false));
    const state = atlasStore.getState();
    expect(state.history.past.some((view) => view.edges.has(ours.id))).toBe(false);
    expect(state.detail).toBeNull();
    expect(screen.getByTestId('curation-notice').textContent).toBe('Nederland — is lid van → Europol is verwijderd.');

    await userEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    await waitFor(() => expect(atlasStore.getState().edges.has(ours.id)).toBe(true));
    expect(calls.filter((c) => c.method === 'curation.restore').map((c) => c.input)).toEqual([{ id: ours.id }]);
    await waitFor(() => expect(atlasStore.getState().selection).toEqual({ type: 'edge', id: ours.id }));
    expect(screen.getByTestId('curation-notice').textContent).toContain('Ongedaan gemaakt');
  });

  it('edits the relation’s status and undoes the edit with the previous values', async () => {
    const calls = showOurs();
    await userEvent.click(within(screen.getByTestId('detail-panel')).getByRole('button', { name: 'Bewerken' }));
    const dialog = await screen.findByRole('dialog', { name: 'Eigen relatie bewerken' });
    await within(dialog).findByTestId('relation-kind');
    await userEvent.selectOptions(within(dialog).getByLabelText('Status'), 'planned');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(atlasStore.getState().curationNotice?.key).toBe('relationUpdated'));
    expect(calls.find((c) => c.method === 'curation.updateRelation')?.input).toMatchObject({
      id: ours.id,
      kind: 'member-of',
      status: 'planned',
    });

    await userEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'curation.updateRelation')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'curation.updateRelation').at(-1)?.input).toEqual({
      id: ours.id,
      kind: 'member-of',
      status: 'in-force',
      dates: {},
    });
  });

  it('writes a note shown as the user’s own words, and removes it', async () => {
    const calls = showOurs();
    const panel = screen.getByTestId('detail-panel');
    await userEvent.click(within(panel).getByRole('button', { name: 'Notitie toevoegen' }));
    await userEvent.type(within(panel).getByRole('textbox', { name: 'Notitie' }), 'Navragen bij het ministerie');
    await userEvent.click(within(panel).getByRole('button', { name: 'Notitie opslaan' }));
    const text = await within(panel).findByTestId('user-note-text');
    expect(text.textContent).toBe('Navragen bij het ministerie');
    expect(within(panel).getByTestId('user-note').textContent).toContain('Uw eigen woorden, niet uit een bron');
    await userEvent.click(within(panel).getByRole('button', { name: 'Notitie verwijderen' }));
    await waitFor(() => expect(within(panel).queryByTestId('user-note-text')).toBeNull());
    expect(calls.filter((c) => c.method === 'note.set').map((c) => c.input)).toEqual([
      { targetId: ours.id, text: 'Navragen bij het ministerie' },
      { targetId: ours.id, text: '' },
    ]);
  });
});
