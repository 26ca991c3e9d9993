// A user's document in the source viewer: pages numbered as the PDF numbers them, every mention
// highlighted and one tab stop for all of them, the passage it was opened at marked and focused; the
// mentions panel counts actors, most mentioned first, and puts one or all of them on the canvas; a
// node's details list the documents that mention it and open the viewer at the first mention.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { connectFakeApi, type Answers } from '../../../../test/support/fakeApi';
import { openSource } from '../../state/actions';
import { atlasStore, initialState } from '../../state/store';
import { aNode } from '../../state/testBuilders';
import { SourceViewer } from '../SourceViewer';
import { NodeDocuments } from './NodeDocuments';
import { aDocumentSummary, aUserDocument, itsMentions } from '../../state/documentTestBuilders';

const doc = aUserDocument();
const answers: Answers = {
  'document.get': () => doc,
  'document.mentions': () => itsMentions(doc),
  'document.list': () => [aDocumentSummary()],
  'graph.info': () => ({
    datasetVersion: 'test',
    nodeCount: 2,
    edgeCount: 0,
    earliestYear: 2000,
    sources: [
      {
        id: 'kamerbrief-ips-2025',
        title: { nl: 'Kamerbrief', en: 'Letter' },
        author: 'Minister',
        kind: 'letter',
        language: 'nl',
        date: null,
        reference: null,
      },
    ],
  }),
  'graph.subgraph': (input) => ({
    nodes: input.ids.map((id) => aNode(id, 'international-organisation')),
    edges: [],
    truncated: false,
  }),
};

beforeEach(() => {
  atlasStore.setState(initialState, true);
});

describe('the document viewer', () => {
  it('numbers the pages, highlights every mention and marks the passage it was opened at', async () => {
    connectFakeApi(answers);
    const second = doc.pages[1]?.start ?? 0;
    act(() => openSource(doc.id, second + 3, second + 9));
    render(<SourceViewer />);
    const viewer = await screen.findByTestId('source-viewer');
    await within(viewer).findByText('Pagina 2');
    expect(within(viewer).getByText('Pagina 1')).toBeTruthy();
    const mentions = [...viewer.querySelectorAll<HTMLButtonElement>('button.mention')];
    expect(mentions.map((m) => m.dataset.nodeId)).toEqual(['europol', 'interpol', 'europol', 'europol']);
    expect(mentions.map((m) => m.textContent)).toEqual(['Europol', 'Interpol', 'Europol', 'Europol']);
    // One tab stop for all names: the first one after the passage.
    expect(mentions.filter((m) => m.tabIndex === 0)).toEqual([mentions[3]]);
    const focused = viewer.querySelector('mark[data-focused="true"]');
    expect(focused?.textContent).toBe('pagina');
    expect(document.activeElement).toBe(focused);
  });

  it('moves among the names with the arrow keys', async () => {
    connectFakeApi(answers);
    act(() => openSource(doc.id));
    render(<SourceViewer />);
    const viewer = await screen.findByTestId('source-viewer');
    await within(viewer).findAllByRole('button', { name: 'Europol' });
    const mentions = [...viewer.querySelectorAll<HTMLButtonElement>('button.mention')];
    mentions[0]?.focus();
    fireEvent.keyDown(mentions[0] as HTMLElement, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(mentions[1]);
    expect(mentions.filter((m) => m.tabIndex === 0)).toEqual([mentions[1]]);
  });

  it('lists the actors mentioned with counts and puts all of them on the canvas in one click', async () => {
    const calls = connectFakeApi(answers);
    act(() => openSource(doc.id));
    render(<SourceViewer />);
    const panel = await screen.findByTestId('mentions-panel');
    const rows = await within(panel).findAllByRole('listitem');
    expect(rows.map((r) => [r.dataset.nodeId, r.querySelector('.mention-count')?.textContent])).toEqual([
      ['europol', '3×'],
      ['interpol', '1×'],
    ]);
    await userEvent.click(within(panel).getByRole('button', { name: 'Alle 2 op het canvas' }));
    expect([...atlasStore.getState().nodes.keys()].sort()).toEqual(['europol', 'interpol']);
    const asked = calls.filter((c) => c.method === 'graph.subgraph').map((c) => c.input);
    expect(asked).toEqual([{ ids: ['europol', 'interpol'], among: [] }]);
  });

  it('adds one actor, and the panel’s add buttons are one tab stop', async () => {
    connectFakeApi({
      ...answers,
      'node.get': () => {
        throw new Error('details are not under test');
      },
    });
    act(() => openSource(doc.id));
    render(<SourceViewer />);
    const panel = await screen.findByTestId('mentions-panel');
    const adds = await within(panel).findAllByRole('button', { name: /^Op canvas: / });
    expect(adds.map((b) => b.tabIndex)).toEqual([0, -1]);
    await userEvent.click(within(panel).getByRole('button', { name: 'Op canvas: Interpol' }));
    expect([...atlasStore.getState().nodes.keys()]).toEqual(['interpol']);
  });

  it('switches to the letter through the document chooser', async () => {
    connectFakeApi(answers);
    act(() => openSource(doc.id));
    render(<SourceViewer />);
    const chooser = await screen.findByLabelText('Document');
    // The list is asked for only when the user comes to the chooser.
    expect(within(chooser).queryByRole('option', { name: 'Kamerbrief' })).toBeNull();
    chooser.focus();
    await within(chooser).findByRole('option', { name: 'Kamerbrief' });
    await userEvent.selectOptions(chooser, 'kamerbrief-ips-2025');
    expect(atlasStore.getState().sourceView).toEqual({ sourceId: 'kamerbrief-ips-2025', focus: null });
  });
});

describe('a node’s documents', () => {
  it('lists each document that mentions or cites the node and opens it at the first mention', async () => {
    connectFakeApi({
      'node.documents': () => [
        {
          documentId: 'kamerbrief-ips-2025',
          origin: 'bundle',
          title: { nl: 'Kamerbrief', en: 'Letter' },
          date: '2025-06-03',
          mentionCount: 12,
          citationCount: 4,
          first: { start: 100, end: 107, page: 1 },
        },
        {
          documentId: 'user-doc-1',
          origin: 'user',
          title: { nl: 'Raadsconclusies', en: 'Raadsconclusies' },
          date: null,
          mentionCount: 3,
          citationCount: 0,
          first: { start: 0, end: 7, page: 1 },
        },
      ],
    });
    render(<NodeDocuments nodeId="europol" language="nl" />);
    const list = await screen.findByTestId('node-documents');
    expect(within(list).getByText('uw document · 3 vermeldingen, 0 citaten')).toBeTruthy();
    await userEvent.click(within(list).getByRole('button', { name: 'Raadsconclusies' }));
    expect(atlasStore.getState().sourceView).toEqual({ sourceId: 'user-doc-1', focus: { start: 0, end: 7 } });
  });
});
