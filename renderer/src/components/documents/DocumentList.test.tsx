// The side bar's list of the user's documents: listed from the service, each opening the viewer, and
// deleted only on a second, confirming click, after which the list and an open viewer forget it.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { connectFakeApi } from '../../../../test/support/fakeApi';
import { atlasStore, initialState } from '../../state/store';
import { DocumentList } from './DocumentList';
import { aDocumentSummary } from '../../state/documentTestBuilders';

const docs = [
  aDocumentSummary(),
  aDocumentSummary({ id: 'user-doc-2', title: 'Evaluatie JIT', kind: 'evaluation', mentionCount: 9 }),
];

beforeEach(() => {
  atlasStore.setState(initialState, true);
});

describe('the document list', () => {
  it('lists the user’s documents with kind and mentions, and opens one in the viewer', async () => {
    connectFakeApi({ 'document.list': () => docs });
    render(<DocumentList />);
    const list = await screen.findByTestId('document-list');
    const open = await within(list).findByRole('button', { name: 'Evaluatie JIT' });
    expect(open.closest('li')?.textContent).toContain('Evaluatie · 9 vermeldingen');
    await userEvent.click(open);
    expect(atlasStore.getState().sourceView).toEqual({ sourceId: 'user-doc-2', focus: null });
  });

  it('says how to import when there are none', async () => {
    connectFakeApi({ 'document.list': () => [] });
    atlasStore.setState({ language: 'en' });
    render(<DocumentList />);
    expect(await screen.findByText(/No documents yet/)).toBeTruthy();
  });

  it('deletes only after a confirming click, and closes the viewer that showed the document', async () => {
    const calls = connectFakeApi({ 'document.list': () => docs, 'document.delete': () => ({ deleted: true }) });
    atlasStore.setState({ sourceView: { sourceId: 'user-doc-2', focus: null } });
    render(<DocumentList />);
    await userEvent.click(await screen.findByRole('button', { name: 'Evaluatie JIT verwijderen' }));
    expect(calls.some((c) => c.method === 'document.delete')).toBe(false);
    const confirm = screen.getByRole('button', { name: /Evaluatie JIT definitief verwijderen/ });
    expect(document.activeElement).toBe(confirm);
    await userEvent.click(confirm);
    await screen.findByRole('button', { name: 'Raadsconclusies over politiesamenwerking' });
    expect(screen.queryByText('Evaluatie JIT')).toBeNull();
    expect(calls.filter((c) => c.method === 'document.delete').map((c) => c.input)).toEqual([{ id: 'user-doc-2' }]);
    expect(atlasStore.getState().sourceView).toBeNull();
  });
});
