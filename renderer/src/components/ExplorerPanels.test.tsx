// The explorer's panels with Testing Library: filters change the view (and never the selection), the
// table sorts and selects in step with the store, the legend lists what is on screen, undo and redo.
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { addNodes, select } from '../state/graphSlice';
import { selectVisibleGraph } from '../state/selectors';
import { apply, atlasStore, initialState } from '../state/store';
import { aNode, anEdge } from '../state/testBuilders';
import { connectFakeApi } from '../../../test/support/fakeApi';
import { FilterPanel } from './FilterPanel';
import { HistoryControls } from './HistoryControls';
import { Legend } from './Legend';
import { TableView } from './TableView';

beforeEach(() => {
  atlasStore.setState(initialState, true);
  connectFakeApi({
    'node.get': () => ({ ...aNode('x'), description: { nl: '', en: '' }, aliases: [], attributes: {}, citations: [] }),
    'node.neighbours': () => ({ centre: aNode('x'), nodes: [], edges: [], total: 0, nextCursor: null }),
  });
  apply(
    addNodes(
      [aNode('netherlands'), aNode('germany'), aNode('enschede', 'treaty', { signed: '2005' })],
      [anEdge('netherlands', 'enschede', 'party-to'), anEdge('germany', 'enschede', 'party-to', 'planned')],
    ),
  );
  apply(select({ type: 'node', id: 'enschede' }));
});

describe('FilterPanel', () => {
  it('hides relations of an unticked status, keeping the selection', async () => {
    render(<FilterPanel />);
    await userEvent.click(screen.getByRole('checkbox', { name: /Gepland/ }));
    const state = atlasStore.getState();
    expect(state.filters.statuses).not.toContain('planned');
    expect(selectVisibleGraph(state).edges.map((e) => e.id)).toEqual(['netherlands-party-to-enschede']);
    expect(state.selection).toEqual({ type: 'node', id: 'enschede' });
  });

  it('hides a node kind and says how many nodes are hidden', async () => {
    render(<FilterPanel />);
    await userEvent.click(screen.getByRole('checkbox', { name: /Verdragen/ }));
    expect(screen.getByText('1 van 3 knopen verborgen')).toBeTruthy();
  });

  it('shows the network as of a year on the timeline', async () => {
    render(<FilterPanel />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Stand per jaar' }));
    expect(atlasStore.getState().filters.asOfYear).toBe(2019);
    // jsdom does not move range inputs by key; the change event is what the browser sends.
    fireEvent.change(screen.getByRole('slider'), { target: { value: '2005' } });
    expect(atlasStore.getState().filters.asOfYear).toBe(2005);
  });
});

describe('TableView', () => {
  it('lists the visible nodes, sorts by a column and selects through check boxes', async () => {
    render(<TableView />);
    const [nodesTable] = screen.getAllByRole('table');
    if (nodesTable === undefined) throw new Error('no table');
    const names = (): string[] =>
      within(nodesTable)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent.trim());
    expect(names()).toEqual(['enschede (nl)', 'germany (nl)', 'netherlands (nl)']);
    await userEvent.click(within(nodesTable).getByRole('button', { name: /Naam/ }));
    expect(names()[0]).toBe('netherlands (nl)');
    expect(within(nodesTable).getByRole('columnheader', { name: /Naam/ }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Selecteer enschede (nl)' }).checked).toBe(true);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Selecteer germany (nl)' }));
    expect([...atlasStore.getState().selected.nodes].sort()).toEqual(['enschede', 'germany']);
  });

  it('filters rows by typed text', async () => {
    render(<TableView />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter de tabel' }), 'germ');
    expect(screen.getByText('Knopen — 1 van 3')).toBeTruthy();
  });
});

describe('Legend', () => {
  it('lists the kinds and statuses on screen, each with the canvas’s shape and line', () => {
    render(<Legend />);
    const legend = screen.getByTestId('legend');
    expect([...legend.querySelectorAll('li[data-kind]')].map((li) => li.getAttribute('data-kind'))).toEqual([
      'state',
      'treaty',
    ]);
    expect(legend.querySelector('li[data-kind="treaty"] svg')?.getAttribute('data-shape')).toBe('rectangle');
    expect(legend.querySelector('li[data-status="planned"] line')?.getAttribute('stroke-dasharray')).toBe('3 3');
  });
});

describe('HistoryControls', () => {
  it('undoes and redoes view changes with the buttons and the keyboard', async () => {
    render(<HistoryControls />);
    const undo = screen.getByRole('button', { name: /Ongedaan maken/ });
    await userEvent.click(undo);
    expect(atlasStore.getState().nodes.size).toBe(0);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(atlasStore.getState().nodes.size).toBe(3);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(atlasStore.getState().nodes.size).toBe(0);
    expect((undo as HTMLButtonElement).disabled).toBe(true);
  });
});
