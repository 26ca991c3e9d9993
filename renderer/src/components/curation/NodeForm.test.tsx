// The node form from a passage: the Dutch label prefilled from the passage, problems named at their
// field before anything is sent, the node sent with the passage as its citation and the note, and a
// refusal worded from its code; in English the form speaks English.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { NodeDetail } from '../../../../shared/contract';
import { connectFakeApi, type Answers } from '../../../../test/support/fakeApi';
import { startCuration } from '../../state/curationActions';
import type { PassageDraft } from '../../state/curationSlice';
import { apply, atlasStore, initialState } from '../../state/store';
import { setLanguage } from '../../state/uiSlice';
import { aNode } from '../../state/testBuilders';
import { CurationDialog } from './CurationDialog';

const passage: PassageDraft = {
  documentId: 'user-doc-1',
  documentTitle: 'Evaluatie JIT',
  start: 120,
  end: 151,
  quote: 'het Joint\nInvestigation Team Noord',
  mentioned: [],
};

const made: NodeDetail = {
  ...aNode('user-node-1', 'instrument'),
  label: { nl: 'het Joint Investigation Team Noord', en: 'het Joint Investigation Team Noord' },
  provenance: 'user',
  description: { nl: '', en: '' },
  aliases: [],
  attributes: {},
  citations: [{ sourceId: 'user-doc-1', quote: passage.quote, start: 120, end: 151 }],
};

beforeEach(() => {
  atlasStore.setState(initialState, true);
});

function open(answers: Answers) {
  const calls = connectFakeApi(answers);
  act(() => startCuration({ mode: 'createNode', passage }));
  render(<CurationDialog />);
  return { calls, dialog: screen.getByRole('dialog') };
}

describe('the node form', () => {
  it('prefills the Dutch label on one line and takes the focus', () => {
    const { dialog } = open({});
    expect(within(dialog).getByLabelText<HTMLInputElement>('Naam (Nederlands)').value).toBe(
      'het Joint Investigation Team Noord',
    );
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('names the problems at their fields and sends nothing', async () => {
    const { dialog, calls } = open({});
    await userEvent.clear(within(dialog).getByLabelText('Naam (Nederlands)'));
    await userEvent.type(within(dialog).getByLabelText('Vanaf'), '2024-13');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Maken' }));
    expect(within(dialog).getByText('Geef de knoop een Nederlandse naam (één regel).')).toBeTruthy();
    expect(within(dialog).getByText(/Schrijf de datum als JJJJ/)).toBeTruthy();
    expect(within(dialog).getByLabelText('Naam (Nederlands)').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((c) => c.method === 'curation.createNode')).toBe(false);
  });

  it('sends the node with the passage as its citation, then puts it on the canvas with an undo', async () => {
    const { dialog, calls } = open({
      'curation.createNode': () => made,
      'graph.subgraph': () => ({ nodes: [made], edges: [], truncated: false }),
      'node.get': () => made,
      'node.neighbours': () => ({ centre: made, nodes: [], edges: [], total: 0, nextCursor: null }),
    });
    await userEvent.selectOptions(within(dialog).getByLabelText('Soort knoop'), 'instrument');
    await userEvent.selectOptions(within(dialog).getByLabelText('Status'), 'planned');
    await userEvent.type(within(dialog).getByLabelText('Vanaf'), '2025');
    await userEvent.type(within(dialog).getByLabelText('Andere namen (optioneel)'), 'JIT-Noord; ; Team Noord ');
    await userEvent.type(within(dialog).getByLabelText('Notitie (uw eigen woorden, optioneel)'), 'Eerst navragen');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Maken' }));
    await waitFor(() => expect(atlasStore.getState().nodes.has('user-node-1')).toBe(true));
    expect(calls.find((c) => c.method === 'curation.createNode')?.input).toEqual({
      kind: 'instrument',
      label: { nl: 'het Joint Investigation Team Noord' },
      status: 'planned',
      dates: { from: '2025' },
      description: '',
      aliases: ['JIT-Noord', 'Team Noord'],
      citation: { documentId: 'user-doc-1', start: 120, end: 151 },
      note: 'Eerst navragen',
    });
    await waitFor(() => expect(atlasStore.getState().selection).toEqual({ type: 'node', id: 'user-node-1' }));
    expect(atlasStore.getState().curationNotice).toMatchObject({
      key: 'nodeCreated',
      undo: { call: 'curation.delete', id: 'user-node-1' },
    });
  });

  it('words a refusal from its code and keeps the form open', async () => {
    const { dialog } = open({});
    await userEvent.click(within(dialog).getByRole('button', { name: 'Maken' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Dit onderdeel bestaat niet (meer) in de gegevens. Zoek het opnieuw op.',
    );
    expect(screen.getByRole('dialog')).toBe(dialog);
  });

  it('speaks English when the UI does', () => {
    apply(setLanguage('en'));
    const { dialog } = open({});
    expect(within(dialog).getByRole('heading', { name: 'Create a node from a passage' })).toBeTruthy();
    expect(within(dialog).getByText('Passage from Evaluatie JIT')).toBeTruthy();
    expect(within(dialog).getByRole('option', { name: 'Instrument, team or programme' })).toBeTruthy();
  });
});
