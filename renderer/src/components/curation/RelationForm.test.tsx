// The relation form from a passage: one end prefilled with the node the passage mentions, the other
// picked by search; only the kinds the ontology allows between the ends' kinds are offered, in Dutch
// with their direction; a swap re-filters them; the relation sent cites exactly the passage.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RELATION_KIND_INFO } from '../../../../shared/ontology';
import { connectFakeApi, type Answers } from '../../../../test/support/fakeApi';
import { startCuration } from '../../state/curationActions';
import type { PassageDraft } from '../../state/curationSlice';
import { atlasStore, initialState } from '../../state/store';
import { allowedRelationKinds } from './curationRules';
import { CurationDialog } from './CurationDialog';
import { aUserRelation, europol, netherlands } from './curationTestNodes';

const passage: PassageDraft = {
  documentId: 'user-doc-1',
  documentTitle: 'Raadsconclusies',
  start: 0,
  end: 33,
  quote: 'Nederland is lid van Europol sinds 1999.',
  mentioned: [{ nodeId: 'netherlands', kind: 'state' }],
};

const created = aUserRelation(passage.quote, 33);

const answers: Answers = {
  'graph.subgraph': (input) => ({
    nodes: [europol, netherlands].filter((n) => input.ids.includes(n.id)),
    edges: [],
    truncated: false,
  }),
  'search.suggest': () => [{ node: europol, matched: 'Europol' }],
  'curation.createRelation': () => created,
  'edge.get': () => created,
};

beforeEach(() => {
  atlasStore.setState(initialState, true);
});

const kindOptions = (dialog: HTMLElement): (string | null)[] =>
  within(within(dialog).getByTestId('relation-kind'))
    .getAllByRole('option')
    .map((o) => o.textContent);

async function openForm() {
  const calls = connectFakeApi(answers);
  act(() => startCuration({ mode: 'createRelation', passage }));
  render(<CurationDialog />);
  const dialog = await screen.findByRole('dialog', { name: 'Relatie maken uit een passage' });
  // The passage mentions Nederland: it is the first end already.
  await within(dialog).findByText('Nederland', { selector: 'bdi' });
  await userEvent.type(within(dialog).getByRole('combobox', { name: 'Naar' }), 'Europol');
  await userEvent.click(await within(dialog).findByRole('option', { name: /Europol/ }));
  return { dialog, calls };
}

describe('the relation form', () => {
  it('shows the passage verbatim and offers only the kinds the ends allow, read in their direction', async () => {
    const { dialog } = await openForm();
    expect(within(dialog).getByTestId('curation-passage').textContent).toContain(passage.quote);
    const options = kindOptions(dialog);
    const allowed = allowedRelationKinds('state', 'international-organisation');
    expect(options).toEqual(allowed.map((k) => `Nederland — ${RELATION_KIND_INFO[k].label.nl} → Europol`));
    expect(options).toContain('Nederland — is lid van → Europol');
  });

  it('re-filters the kinds when the direction is swapped', async () => {
    const { dialog } = await openForm();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Richting omdraaien' }));
    const options = kindOptions(dialog);
    const allowed = allowedRelationKinds('international-organisation', 'state');
    expect(options).toEqual(allowed.map((k) => `Europol — ${RELATION_KIND_INFO[k].label.nl} → Nederland`));
    expect(options).not.toContain('Europol — is lid van → Nederland');
  });

  it('sends the chosen kind with the passage as its citation, then puts it on the canvas, selected', async () => {
    const { dialog, calls } = await openForm();
    await userEvent.selectOptions(within(dialog).getByTestId('relation-kind'), 'member-of');
    await userEvent.type(within(dialog).getByLabelText('Notitie (uw eigen woorden, optioneel)'), 'Nagaan bij DGPenV');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Maken' }));
    await waitFor(() => expect(atlasStore.getState().curationNotice?.key).toBe('relationCreated'));
    const sent = calls.find((c) => c.method === 'curation.createRelation')?.input;
    expect(sent).toEqual({
      kind: 'member-of',
      source: 'netherlands',
      target: 'europol',
      status: 'in-force',
      dates: {},
      citation: { documentId: 'user-doc-1', start: 0, end: 33 },
      note: 'Nagaan bij DGPenV',
    });
    const state = atlasStore.getState();
    expect(state.edges.has('user-rel-1')).toBe(true);
    expect(state.selection).toEqual({ type: 'edge', id: 'user-rel-1' });
    expect(state.curationDraft).toBeNull();
    expect(state.curationNotice?.undo).toEqual({ call: 'curation.delete', id: 'user-rel-1' });
  });

  it('closes on Escape without sending anything', async () => {
    const { dialog, calls } = await openForm();
    await userEvent.click(within(dialog).getByTestId('relation-kind'));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.some((c) => c.method === 'curation.createRelation')).toBe(false);
  });
});
