// The pattern builder as an adviser uses it: "which instruments target human trafficking" built from
// kinds, a relation kind and a node picked by search; the results as a sortable table and on the canvas.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PatternResult } from '../../../../shared/contract';
import { aNode, anEdge } from '../../analysis/analysisBuilders';
import { atlasStore, initialState } from '../../state/store';
import { connectFakeApi } from '../../../../test/support/fakeApi';
import { PatternBuilder } from './PatternBuilder';

const trafficking = aNode('mensenhandel', 'phenomenon', 'Mensenhandel', 'Human trafficking');
const empact = aNode('empact-mensenhandel', 'instrument', 'EMPACT Mensenhandel');
const jit = aNode('jit', 'instrument', 'Joint Investigation Team');
const result: PatternResult = {
  truncated: false,
  rows: [
    {
      subject: jit,
      object: trafficking,
      edge: anEdge('jit', 'targets', 'mensenhandel', { status: 'planned', quote: 'JIT’s tegen mensenhandel' }),
      forward: true,
    },
    {
      subject: empact,
      object: trafficking,
      edge: anEdge('empact-mensenhandel', 'targets', 'mensenhandel', { quote: 'EMPACT mensenhandel' }),
      forward: true,
    },
  ],
};

describe('PatternBuilder', () => {
  beforeEach(() => {
    atlasStore.setState(initialState, true);
  });

  it('asks which instruments target human trafficking and shows the answer as a table and on the canvas', async () => {
    const calls = connectFakeApi({
      'search.suggest': () => [{ node: trafficking, matched: 'Mensenhandel' }],
      'pattern.query': () => result,
    });
    render(<PatternBuilder />);
    await userEvent.selectOptions(screen.getByTestId('pattern-subject-kinds'), ['Instrumenten, teams en programma’s']);
    await userEvent.selectOptions(screen.getByTestId('pattern-relations'), ['richt zich op']);
    const object = screen.getByTestId('pattern-object');
    await userEvent.click(within(object).getByRole('radio', { name: 'Specifieke knoop' }));
    await userEvent.type(within(object).getByRole('combobox'), 'mensen');
    await userEvent.click(await screen.findByRole('option', { name: /Mensenhandel/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Zoek' }));

    const table = await screen.findByTestId('pattern-results');
    expect(calls.find((c) => c.method === 'pattern.query')?.input).toEqual({
      query: {
        subject: { type: 'kinds', kinds: ['instrument'] },
        relationKinds: ['targets'],
        object: { type: 'node', id: 'mensenhandel' },
        direction: 'forward',
        statuses: [],
      },
      limit: 500,
    });
    const firstCells = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(firstCells()).toEqual(['EMPACT Mensenhandel', 'Joint Investigation Team']);
    expect(within(table).getAllByRole('row')[2]?.textContent).toContain('richt zich opMensenhandelgepland');
    await userEvent.click(within(table).getByRole('button', { name: /Onderwerp/ }));
    expect(firstCells()).toEqual(['Joint Investigation Team', 'EMPACT Mensenhandel']);
    expect(
      within(table)
        .getByRole('columnheader', { name: /Onderwerp/ })
        .getAttribute('aria-sort'),
    ).toBe('descending');

    const state = atlasStore.getState();
    expect(state.analysis.pattern.object).toEqual({ type: 'node', id: 'mensenhandel' });
    expect([...state.nodes.keys()].sort()).toEqual(['empact-mensenhandel', 'jit', 'mensenhandel']);
    expect(state.analysis.highlight.edges.size).toBe(2);
  });

  it('keeps the search disabled until a node side has its node, and filters by status and year', async () => {
    const calls = connectFakeApi({ 'pattern.query': () => ({ rows: [], truncated: false }) });
    render(<PatternBuilder />);
    await userEvent.click(
      within(screen.getByTestId('pattern-subject')).getByRole('radio', { name: 'Specifieke knoop' }),
    );
    expect(screen.getByRole('button', { name: 'Zoek' })).toHaveProperty('disabled', true);
    await userEvent.click(within(screen.getByTestId('pattern-subject')).getByRole('radio', { name: 'Soorten' }));
    await userEvent.selectOptions(screen.getByTestId('pattern-direction'), ['beide richtingen']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Gepland' }));
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Geldig in jaar' }), '2020');
    await userEvent.click(screen.getByRole('button', { name: 'Zoek' }));
    expect(await screen.findByText('Geen relaties gevonden.')).toBeDefined();
    expect(calls[0]?.input).toMatchObject({ query: { direction: 'either', statuses: ['planned'], asOfYear: 2020 } });
  });
});
