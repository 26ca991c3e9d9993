// The search box: ranked suggestions with each kind's shape and colour, Enter puts the node on the
// canvas, an empty result says so and offers near spellings, Ctrl+K focuses it from anywhere.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/contract';
import { atlasStore, initialState } from '../state/store';
import { aNode } from '../state/testBuilders';
import { connectFakeApi } from '../../../test/support/fakeApi';
import { SearchBox } from './SearchBox';

const europol = { ...aNode('europol', 'international-body'), label: { nl: 'Europol', en: 'Europol' } };
const hit: SearchHit = { node: europol, matched: 'Europol' };

beforeEach(() => {
  atlasStore.setState(initialState, true);
});

function connect() {
  return connectFakeApi({
    'search.suggest': (input) => ('europol'.startsWith((input as { text: string }).text.toLowerCase()) ? [hit] : []),
    'search.nearby': () => [hit],
    'node.neighbours': () => ({ centre: europol, nodes: [], edges: [], total: 0, nextCursor: null }),
    'graph.subgraph': () => ({ nodes: [], edges: [], truncated: false }),
    'node.get': () => ({ ...europol, description: { nl: '', en: '' }, aliases: [], attributes: {}, citations: [] }),
  });
}

describe('SearchBox', () => {
  it('suggests as you type, showing the kind in words and as its shape and colour', async () => {
    connect();
    render(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox'), 'Europ');
    const option = await screen.findByRole('option', { name: /Europol/ });
    expect(option.textContent).toContain('Internationaal agentschap');
    const icon = option.querySelector('svg[data-shape]');
    expect(icon?.getAttribute('data-shape')).toBe('hexagon');
    expect(icon?.querySelector('path')?.getAttribute('fill')).toBe('#009E73');
  });

  it('Enter puts the chosen node on the canvas and selects it', async () => {
    connect();
    render(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox'), 'Europ');
    await screen.findByRole('option', { name: /Europol/ });
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(atlasStore.getState().nodes.has('europol')).toBe(true));
    expect(atlasStore.getState().selection).toEqual({ type: 'node', id: 'europol' });
  });

  it('says when nothing matches and offers near spellings', async () => {
    const calls = connect();
    render(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox'), 'Europool');
    expect((await screen.findByRole('status')).textContent).toMatch(/Geen resultaten voor “Europool” — Bedoelde u:/);
    expect(screen.getByRole('option', { name: /Europol/ })).toBeTruthy();
    expect(calls.some((c) => c.method === 'search.nearby')).toBe(true);
  });

  it('Ctrl+K and / focus the search from elsewhere', async () => {
    connect();
    render(
      <>
        <button type="button">elsewhere</button>
        <SearchBox />
      </>,
    );
    screen.getByRole('button', { name: 'elsewhere' }).focus();
    await userEvent.keyboard('{Control>}k{/Control}');
    expect(document.activeElement).toBe(screen.getByRole('combobox'));
    screen.getByRole('button', { name: 'elsewhere' }).focus();
    await userEvent.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('combobox'));
  });
});
