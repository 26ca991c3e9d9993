// The path panel as an adviser uses it: pick both ends by typing, search with the view's filters,
// read the memo text (Dutch or English with the UI), copy it; the paths land on the canvas, marked.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PathsResult, SearchHit } from '../../../../shared/contract';
import { aNode, anEdge, aReason } from '../../analysis/analysisBuilders';
import { clearHighlight } from '../../state/analysisSlice';
import { setLanguage } from '../../state/uiSlice';
import { apply, atlasStore, initialState } from '../../state/store';
import { connectFakeApi } from '../../../../test/support/fakeApi';
import { PathPanel } from './PathPanel';

const europol = aNode('europol', 'international-body', 'Europol');
const germany = aNode('germany', 'state', 'Duitsland', 'Germany');
const minister = aNode('minister-of-justice-and-security', 'person-or-office', 'Minister van Justitie en Veiligheid');
const hit = (node: typeof europol): SearchHit => ({ node, matched: node.label.nl });
const link = anEdge('germany', 'cooperates-with', 'europol', {
  quote: 'analyse en de informatieproducten van Europol',
});
const found: PathsResult = {
  from: europol,
  to: germany,
  nodes: [europol, germany],
  paths: [
    { nodes: ['europol', 'germany'], reason: aReason(1), hops: [{ from: 'europol', to: 'germany', edges: [link] }] },
  ],
  truncated: false,
  exploredEdges: 4,
  endsNotInYear: [],
};

function connect() {
  return connectFakeApi({
    'search.suggest': ({ text }) => {
      return [text.startsWith('Eur') ? europol : text.startsWith('Min') ? minister : germany].map(hit);
    },
    'paths.find': () => found,
    'graph.info': () => ({
      datasetVersion: 'x',
      nodeCount: 2,
      edgeCount: 1,
      earliestYear: 2005,
      sources: [
        {
          id: 'kamerbrief-visie-ips',
          title: { nl: 'Kamerbrief visie IPS', en: 'Letter on the IPS vision' },
          author: 'Minister van Justitie en Veiligheid',
          kind: 'letter',
          language: 'nl',
          date: '2024-11-26',
          reference: null,
        },
      ],
    }),
  });
}

async function pick(label: string, text: string, option: RegExp): Promise<void> {
  await userEvent.type(screen.getByRole('combobox', { name: label }), text);
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('PathPanel', () => {
  beforeEach(() => {
    atlasStore.setState(initialState, true);
  });

  it('finds paths between two picked nodes with the view filters, tells them and puts them on the canvas', async () => {
    const calls = connect();
    render(<PathPanel filters={{ nodeKinds: ['state', 'international-body'] }} />);
    const search = screen.getByRole('button', { name: 'Zoek paden' });
    expect(search).toHaveProperty('disabled', true);
    await pick('Van', 'Eur', /Europol/);
    await pick('Naar', 'Duits', /Duitsland/);
    expect(screen.getByTestId('path-from-value').textContent).toContain('Europol');
    await userEvent.click(search);
    const text = await screen.findByTestId('path-text');
    expect(calls.find((c) => c.method === 'paths.find')?.input).toEqual({
      from: 'europol',
      to: 'germany',
      filters: { nodeKinds: ['state', 'international-body'] },
      maxHops: 4,
      maxPaths: 5,
    });
    expect(text.textContent).toContain('Hoe zijn Europol en Duitsland verbonden?');
    expect(text.textContent).toContain(
      '1. Europol werkt samen met Duitsland [van kracht / bestaand] — “analyse en de informatieproducten van Europol”',
    );
    expect(text.textContent).toContain('Bron: Kamerbrief visie IPS.');
    const state = atlasStore.getState();
    expect([...state.nodes.keys()].sort()).toEqual(['europol', 'germany']);
    expect(state.edges.has(link.id)).toBe(true);
    expect(state.analysis.highlight.edges.has(link.id)).toBe(true);

    // Where does it say so: the quote opens the letter at its passage.
    await userEvent.click(screen.getByTestId('path-citation'));
    expect(atlasStore.getState().sourceView).toEqual({
      sourceId: 'kamerbrief-visie-ips',
      focus: { start: 10, end: 20 },
    });
    apply(clearHighlight());
    await userEvent.click(screen.getByRole('button', { name: 'Europol → Duitsland' }));
    expect([...atlasStore.getState().analysis.highlight.nodes]).toEqual(['europol', 'germany']);
  });

  it('keeps avoided nodes and kinds out of the search, never an end, and lets them back in', async () => {
    const calls = connect();
    render(<PathPanel filters={{}} />);
    await pick('Van', 'Eur', /Europol/);
    await pick('Naar', 'Duits', /Duitsland/);
    await pick('Vermijd knoop', 'Min', /Minister van Justitie/);
    // An end of the search cannot be avoided as well.
    await pick('Vermijd knoop', 'Duits', /Duitsland/);
    await userEvent.selectOptions(screen.getByTestId('path-avoid-kinds'), ['letter']);
    const avoided = screen.getByTestId('path-avoided');
    expect(avoided.textContent).toContain('Minister van Justitie en Veiligheid');
    expect(avoided.textContent).not.toContain('Duitsland');
    await userEvent.click(screen.getByRole('button', { name: 'Zoek paden' }));
    await screen.findByTestId('path-text');
    expect(calls.find((c) => c.method === 'paths.find')?.input).toMatchObject({
      excludeNodes: ['minister-of-justice-and-security'],
      excludeNodeKinds: ['letter'],
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Niet meer vermijden: Minister van Justitie en Veiligheid' }),
    );
    expect(atlasStore.getState().analysis.pathAvoidNodes).toEqual([]);
    // Changing what is avoided clears the old answer: it no longer answers the question asked.
    expect(screen.queryByTestId('path-text')).toBeNull();
  });

  it('copies the text for a memo, and tells it in English when the UI is English', async () => {
    const calls = connect();
    const writeText = vi.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    apply(setLanguage('en'));
    render(<PathPanel filters={{}} />);
    await pick('From', 'Eur', /Europol/);
    await pick('To', 'Ger', /Germany/);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Max\. paths/ }), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Find paths' }));
    await screen.findByTestId('path-text');
    expect(calls.find((c) => c.method === 'paths.find')?.input).toMatchObject({ maxPaths: 2, maxHops: 4 });
    await userEvent.click(screen.getByRole('button', { name: 'Copy text' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copied' })).toBeDefined());
    expect(writeText.mock.calls[0]?.[0]).toMatch(
      /^How are Europol and Germany connected\?\n\nPath 1: Shortest route \(1 step\) via substantive relations\.\n {2}1\. Europol cooperates with Germany/,
    );
  });

  it('keeps the keyboard user’s focus when a choice swaps the input for a chip and back', async () => {
    connect();
    render(<PathPanel filters={{}} />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Van' }), 'Eur');
    await screen.findByRole('option', { name: /Europol/ });
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement?.textContent).toContain('Wissen');
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Van' }));
  });

  it('starts from the node chosen with “find path to…” on the canvas', async () => {
    connect();
    const { requestPath } = await import('../../state/analysisActions');
    atlasStore.setState({ ...initialState, nodes: new Map([['europol', europol]]) }, true);
    requestPath('europol');
    render(<PathPanel filters={{}} />);
    expect(screen.getByTestId('path-from-value').textContent).toContain('Europol');
    expect(atlasStore.getState().analysis.tab).toBe('paths');
  });
});
