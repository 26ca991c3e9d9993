// The detail panel as an adviser reads it: a node's relations grouped by kind and direction in the
// ontology's words, with status; every quote opens the source at its passage; a relation's note.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EdgeDetail, Neighbourhood, NodeDetail } from '../../../shared/contract';
import { aNode, anEdge } from '../state/testBuilders';
import { apply, atlasStore, initialState } from '../state/store';
import { setLanguage, showDetail } from '../state/uiSlice';
import { setDocuments } from '../state/documentSlice';
import { aDocumentSummary } from '../state/documentTestBuilders';
import { connectFakeApi } from '../../../test/support/fakeApi';
import { DetailPanel } from './DetailPanel';

const netherlands: NodeDetail = {
  ...aNode('netherlands'),
  label: { nl: 'Nederland', en: 'The Netherlands' },
  description: { nl: 'Lidstaat van de EU.', en: 'EU member state.' },
  aliases: ['NL'],
  attributes: { capital: 'Amsterdam' },
  citations: [{ sourceId: 'kamerbrief-visie-ips', quote: 'Nederland werkt samen', start: 100, end: 121 }],
};

const hood: Neighbourhood = {
  centre: netherlands,
  nodes: [aNode('rst', 'instrument'), aNode('curacao')],
  edges: [anEdge('netherlands', 'rst', 'member-of'), anEdge('curacao', 'netherlands', 'cooperates-with', 'planned')],
  total: 2,
  nextCursor: null,
};

beforeEach(() => {
  atlasStore.setState(initialState, true);
});

describe('DetailPanel', () => {
  it('groups a node’s relations by kind and direction, read with label and inverse label', () => {
    apply(showDetail({ type: 'node', node: netherlands, relations: hood }));
    render(<DetailPanel />);
    const relations = screen.getByTestId('detail-relations');
    expect(within(relations).getByRole('heading', { level: 4, name: /is lid van \(uitgaand\)/ })).toBeTruthy();
    expect(within(relations).getByRole('heading', { level: 4, name: /werkt samen met \(inkomend\)/ })).toBeTruthy();
    expect(
      within(relations).getByRole('button', { name: 'Relatie openen: werkt samen met curacao (nl) Gepland' }),
    ).toBeTruthy();
    expect(screen.getByText('Amsterdam')).toBeTruthy();
    expect(screen.getByText('Lidstaat van de EU.')).toBeTruthy();
  });

  it('reads inverse relations in English when the UI is English', () => {
    apply(setLanguage('en'));
    const incoming: Neighbourhood = { ...hood, edges: [anEdge('rst', 'netherlands', 'member-of')] };
    apply(showDetail({ type: 'node', node: netherlands, relations: incoming }));
    render(<DetailPanel />);
    expect(screen.getByRole('heading', { level: 4, name: /has member \(incoming\)/ })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('The Netherlands');
  });

  it('opens the source at the cited passage when a quote is clicked', async () => {
    apply(showDetail({ type: 'node', node: netherlands, relations: null }));
    render(<DetailPanel />);
    await userEvent.click(screen.getByTestId('citation-quote'));
    expect(atlasStore.getState().sourceView).toEqual({
      sourceId: 'kamerbrief-visie-ips',
      focus: { start: 100, end: 121 },
    });
  });

  it('shows a relation’s kind, status, dates, note and citations', () => {
    const edge: EdgeDetail = {
      ...anEdge('germany', 'treaty', 'party-to', 'pending-ratification', { signed: '2005' }),
      note: { nl: 'Nog niet geratificeerd.', en: 'Not yet ratified.' },
      citations: [{ sourceId: 'kamerbrief-visie-ips', quote: 'het verdrag', start: 5, end: 16 }],
    };
    apply(showDetail({ type: 'edge', edge }));
    render(<DetailPanel />);
    expect(screen.getByTestId('detail-kind').textContent).toBe('is partij bij');
    expect(screen.getByText('Wacht op goedkeuring')).toBeTruthy();
    expect(screen.getByText('getekend 2005')).toBeTruthy();
    expect(screen.getByText(/Nog niet geratificeerd/)).toBeTruthy();
    expect(screen.getAllByTestId('citation-quote')).toHaveLength(1);
  });

  it('opens the relation itself from its row, and the new heading takes the focus', async () => {
    const edge: EdgeDetail = {
      ...anEdge('curacao', 'netherlands', 'cooperates-with', 'planned', { from: '2019' }),
      citations: [{ sourceId: 'kamerbrief-visie-ips', quote: 'samenwerking met Curaçao', start: 7, end: 31 }],
    };
    const calls = connectFakeApi({ 'edge.get': () => edge });
    apply(showDetail({ type: 'node', node: netherlands, relations: hood }));
    render(<DetailPanel />);
    const row = screen.getByRole('button', { name: /Relatie openen: werkt samen met curacao/ });
    row.focus();
    await userEvent.keyboard('{Enter}');
    // The node's documents were asked for while it was shown; the row itself asks only for the relation.
    expect(calls.filter((c) => c.method !== 'node.documents')).toEqual([
      { method: 'edge.get', input: { id: edge.id } },
    ]);
    await screen.findByText('samenwerking met Curaçao');
    expect(screen.getByTestId('detail-kind').textContent).toBe('werkt samen met');
    expect(screen.getByText('Gepland')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
  });

  it('is one tab stop for all relations: arrows move between the rows', async () => {
    apply(showDetail({ type: 'node', node: netherlands, relations: hood }));
    render(<DetailPanel />);
    const rows = screen.getAllByTestId('relation-open');
    expect(rows.map((r) => r.tabIndex)).toEqual([0, -1]);
    rows[0]?.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rows[1]);
    expect(rows.map((r) => r.tabIndex)).toEqual([-1, 0]);
  });

  it('names the user’s own document above a passage cited from it, in the language shown', () => {
    const doc = aDocumentSummary({
      id: 'user-doc-1',
      title: 'Raadsconclusies over politiesamenwerking',
      language: 'en',
    });
    const own: NodeDetail = {
      ...netherlands,
      citations: [
        ...netherlands.citations,
        { sourceId: 'user-doc-1', quote: 'The Netherlands cooperates', start: 4, end: 30 },
      ],
    };
    apply(setDocuments([doc]));
    apply(showDetail({ type: 'node', node: own, relations: hood }));
    const { rerender } = render(<DetailPanel />);
    const named = screen.getAllByTestId('citation-document');
    expect(named.map((n) => n.textContent)).toEqual(['Raadsconclusies over politiesamenwerking (eigen document)']);
    expect(screen.getByText('The Netherlands cooperates').getAttribute('lang')).toBe('en');
    apply(setLanguage('en'));
    rerender(<DetailPanel />);
    expect(screen.getByTestId('citation-document').textContent).toBe(
      'Raadsconclusies over politiesamenwerking (your document)',
    );
  });
});
