// "Mijn toevoegingen": the user's nodes, relations (read with their ends' labels), notes (with what
// they are on) and detached relations (with what is missing), each opening its item.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CurationList, EdgeDetail, NodeDetail } from '../../../../shared/contract';
import { connectFakeApi } from '../../../../test/support/fakeApi';
import { openAdditions } from '../../state/additionsActions';
import { atlasStore, initialState } from '../../state/store';
import { aNode } from '../../state/testBuilders';
import { MyAdditions } from './MyAdditions';

const detail = (id: string, nl: string, kind: NodeDetail['kind']): NodeDetail => ({
  ...aNode(id, kind),
  label: { nl, en: nl },
  description: { nl: '', en: '' },
  aliases: [],
  attributes: {},
  citations: [],
});

const jit = { ...detail('user-node-1', 'JIT Noord', 'instrument'), provenance: 'user' as const };
const europol = detail('europol', 'Europol', 'international-organisation');

const relation = (id: string, source: string, target: string): EdgeDetail => ({
  id,
  kind: 'participates-in',
  source,
  target,
  status: 'in-force',
  dates: {},
  provenance: 'user',
  note: null,
  citations: [],
});

const list: CurationList = {
  nodes: [jit],
  edges: [relation('user-rel-1', 'europol', 'user-node-1')],
  notes: [{ targetId: 'europol', text: 'Contact via de liaison', updatedAt: '2026-12-03T15:00:00Z' }],
  detached: [{ relation: relation('user-rel-2', 'europol', 'old-team'), missing: ['old-team'] }],
};

beforeEach(() => {
  atlasStore.setState(initialState, true);
});

describe('Mijn toevoegingen', () => {
  it('lists every kind of addition and opens a node on the canvas', async () => {
    const calls = connectFakeApi({
      'curation.list': () => list,
      'graph.details': (input) => ({
        nodes: [jit, europol].filter((n) => input.nodeIds.includes(n.id)),
        edges: [],
      }),
      'graph.subgraph': (input) => ({
        nodes: [jit, europol].filter((n) => input.ids.includes(n.id)),
        edges: [],
        truncated: false,
      }),
      'node.get': () => jit,
      'node.neighbours': () => ({ centre: jit, nodes: [], edges: [], total: 0, nextCursor: null }),
    });
    render(<MyAdditions />);
    await act(() => openAdditions());
    const dialog = screen.getByRole('dialog', { name: 'Mijn toevoegingen' });
    expect(within(dialog).getByRole('heading', { name: 'Knopen (1)' })).toBeTruthy();
    await within(dialog).findByRole('button', { name: 'Europol — neemt deel aan → JIT Noord' });
    expect(within(dialog).getByRole('button', { name: 'Notitie bij Europol: Contact via de liaison' })).toBeTruthy();
    const detached = within(dialog).getByRole('button', { name: /Europol — neemt deel aan → old-team/ });
    expect(detached.textContent).toContain('ontbreekt: old-team');

    await userEvent.click(within(dialog).getByRole('button', { name: /JIT Noord Instrument/ }));
    await waitFor(() => expect(atlasStore.getState().selection).toEqual({ type: 'node', id: 'user-node-1' }));
    expect(atlasStore.getState().nodes.has('user-node-1')).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.filter((c) => c.method === 'curation.list')).toHaveLength(1);
  });

  it('says how to begin when there is nothing yet', async () => {
    connectFakeApi({ 'curation.list': () => ({ nodes: [], edges: [], notes: [], detached: [] }) });
    render(<MyAdditions />);
    await act(() => openAdditions());
    expect(screen.getByText(/Nog geen eigen toevoegingen/)).toBeTruthy();
  });
});
