// The opening view as a first-time user meets it: the letter's priorities in its order, the most
// connected actors from the service (most connected first), questions that ask the service what they
// say, help in a dialog that returns the focus, and Dutch or English throughout.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { NodeDetail } from '../../../shared/contract';
import { connectFakeApi } from '../../../test/support/fakeApi';
import { addNodes } from '../state/graphSlice';
import { apply, atlasStore, initialState } from '../state/store';
import { aNode } from '../state/testBuilders';
import { setLanguage, setLenses } from '../state/uiSlice';
import { StartView } from './StartView';

const detail = (id: string, kind: NodeDetail['kind'], degree: number, nl: string): NodeDetail => ({
  ...aNode(id, kind),
  label: { nl, en: `${nl} (en)` },
  degree,
  description: { nl: '', en: '' },
  aliases: [],
  attributes: {},
  citations: [],
});

const priorities = [1, 2, 3].map((n) => detail(`priority-${String(n)}`, 'priority', 5, `Prioriteit ${String(n)}`));
const actors = Array.from({ length: 10 }, (_, i) =>
  detail(`actor-${String(i)}`, 'state', (i * 7) % 10, `Actor ${String(i)}`),
);

beforeEach(() => {
  atlasStore.setState(initialState, true);
  apply(setLenses(priorities));
});

describe('StartView', () => {
  it('shows the priorities in order and the eight most connected actors, most connected first', async () => {
    const calls = connectFakeApi({ 'node.byKind': () => actors });
    render(<StartView />);
    const list = await screen.findByTestId('start-actors');
    const degrees = within(list)
      .getAllByRole('button')
      .map((b) => Number(/(\d+) relaties/.exec(b.textContent)?.[1]));
    expect(degrees).toEqual([9, 8, 7, 6, 5, 4, 3, 2]);
    expect(
      within(screen.getByTestId('start-priorities'))
        .getAllByRole('button')
        .map((b) => b.textContent.trim()),
    ).toEqual(['Prioriteit 1', 'Prioriteit 2', 'Prioriteit 3']);
    expect(calls.find((c) => c.method === 'node.byKind')?.input).toMatchObject({
      kinds: expect.arrayContaining(['state']),
    });
  });

  it('runs a path question through search and paths.find, and leaves once the canvas has something', async () => {
    const europol = aNode('europol', 'international-organisation');
    const germany = aNode('germany');
    const calls = connectFakeApi({
      'node.byKind': () => actors,
      'search.suggest': ({ text }) => [{ node: text === 'Europol' ? europol : germany, matched: text }],
      'graph.info': () => ({ datasetVersion: '1', nodeCount: 2, edgeCount: 0, earliestYear: 2002, sources: [] }),
      'paths.find': () => ({
        from: europol,
        to: germany,
        nodes: [],
        paths: [],
        truncated: false,
        exploredEdges: 0,
        endsNotInYear: [],
      }),
    });
    render(<StartView />);
    await userEvent.click(screen.getByRole('button', { name: 'Hoe zijn Europol en Duitsland verbonden?' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'paths.find')).toBe(true));
    expect(calls.find((c) => c.method === 'paths.find')?.input).toMatchObject({ from: 'europol', to: 'germany' });
    expect(atlasStore.getState().analysis.tab).toBe('paths');
    apply(addNodes([europol]));
    expect(screen.queryByTestId('start-view')).toBeNull();
  });

  it('opens help as a dialog and gives the focus back to its button on Escape', async () => {
    connectFakeApi({ 'node.byKind': () => actors });
    render(<StartView />);
    const button = screen.getByTestId('start-help');
    await userEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Hulp bij IPS Atlas' });
    expect(within(dialog).getByRole('heading', { name: 'Een bronvermelding lezen' })).toBeTruthy();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  it('speaks English when the language is English', async () => {
    connectFakeApi({ 'node.byKind': () => actors });
    apply(setLanguage('en'));
    render(<StartView />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('What is the letter about?');
    expect(await screen.findByText('How are Europol and Germany connected?')).toBeTruthy();
    expect((await screen.findByTestId('start-actors')).textContent).toContain('9 relations');
  });
});
