// Importing a document through the UI: the file input hands the bytes over as base64, a long import
// shows its progress, a refusal is worded from its code in the language shown (and nothing lands in
// the list), and the details form checks the date and sends exactly the corrections.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_DOCUMENT_BYTES,
  type DocumentImportResult,
  type Envelope,
  type ImportProgress,
} from '../../../../shared/contract';
import { connectFakeApi } from '../../../../test/support/fakeApi';
import { createApiClient } from '../../api/client';
import { connectActions } from '../../state/actions';
import { atlasStore, initialState } from '../../state/store';
import { ImportDocumentButton } from './ImportDocumentButton';
import { ImportPanel } from './ImportPanel';
import { aDocumentSummary } from '../../state/documentTestBuilders';

const workbench = () =>
  render(
    <>
      <ImportDocumentButton />
      <ImportPanel />
    </>,
  );

const upload = (file: File) => userEvent.upload(screen.getByTestId('document-file-input'), file);

beforeEach(() => {
  atlasStore.setState(initialState, true);
});

describe('importing a document', () => {
  it('sends the file as base64 and opens the details form with what was read from it', async () => {
    const calls = connectFakeApi({
      'document.import': () => ({ document: aDocumentSummary({ author: 'Raad van de EU' }), alreadyImported: false }),
      'document.progress': () => ({ progress: null }),
    });
    atlasStore.setState({ documents: [] });
    workbench();
    await upload(new File(['Europol en Interpol'], 'conclusies.txt', { type: 'text/plain' }));
    const form = await screen.findByTestId('document-details');
    const sent = calls.find((c) => c.method === 'document.import')?.input as { fileName: string; data: string };
    expect(sent.fileName).toBe('conclusies.txt');
    expect(atob(sent.data)).toBe('Europol en Interpol');
    expect(within(form).getByLabelText<HTMLInputElement>('Titel').value).toBe(
      'Raadsconclusies over politiesamenwerking',
    );
    expect(within(form).getByLabelText<HTMLInputElement>('Auteur').value).toBe('Raad van de EU');
    expect(screen.getByTestId('import-summary').textContent).toContain('3 vermeldingen, 2 pagina’s');
    expect(atlasStore.getState().documents?.map((d) => d.id)).toEqual(['user-doc-1']);
  });

  it('refuses a malformed date in the form and sends nothing; a good one is saved with the other fields', async () => {
    const calls = connectFakeApi({
      'document.import': () => ({ document: aDocumentSummary(), alreadyImported: false }),
      'document.progress': () => ({ progress: null }),
      'document.update': (input) => aDocumentSummary({ title: input.title ?? '', date: input.date ?? null }),
    });
    workbench();
    await upload(new File(['x'], 'conclusies.pdf'));
    const form = await screen.findByTestId('document-details');
    const date = within(form).getByLabelText('Datum');
    await userEvent.clear(date);
    await userEvent.type(date, '3 maart 2025');
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('Schrijf de datum als JJJJ, JJJJ-MM of JJJJ-MM-DD.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'document.update')).toBe(false);

    await userEvent.clear(date);
    await userEvent.type(date, '2025-03-03');
    await userEvent.selectOptions(within(form).getByLabelText('Soort document'), 'council-conclusions');
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    await within(form).findByText(/zijn opgeslagen/);
    expect(calls.find((c) => c.method === 'document.update')?.input).toEqual({
      id: 'user-doc-1',
      title: 'Raadsconclusies over politiesamenwerking',
      date: '2025-03-03',
      author: null,
      kind: 'council-conclusions',
    });
  });

  it('words an encrypted PDF from its code, in English too, and stores nothing', async () => {
    connectActions(
      createApiClient((method) =>
        Promise.resolve<Envelope<never>>(
          method === 'document.import'
            ? { ok: false, error: { code: 'DOCUMENT_ENCRYPTED', message: 'encrypted (service English)' } }
            : { ok: false, error: { code: 'NOT_FOUND', message: 'no progress' } },
        ),
      ),
    );
    workbench();
    await upload(new File(['%PDF-1.7'], 'geheim.pdf'));
    const alert = await screen.findByTestId('import-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('geheim.pdf is niet geïmporteerd.');
    expect(alert.textContent).toContain('met een wachtwoord beveiligd');
    expect(alert.textContent).not.toContain('service English');
    act(() => atlasStore.setState({ language: 'en' }));
    expect(screen.getByTestId('import-error').textContent).toContain('password-protected');
    expect(screen.queryByTestId('document-details')).toBeNull();
    expect(atlasStore.getState().documents).toBeNull();
  });

  it('refuses a file over 25 MB before sending it', async () => {
    const calls = connectFakeApi({});
    workbench();
    await upload(new File([new Uint8Array(MAX_DOCUMENT_BYTES + 1)], 'groot.pdf'));
    expect((await screen.findByTestId('import-error')).textContent).toContain('maximaal 25 MB');
    expect(calls).toEqual([]);
  });

  it('shows the pages extracted so far while a long file imports', async () => {
    let finish: (result: Envelope<DocumentImportResult>) => void = () => undefined;
    const progress: ImportProgress = { phase: 'extracting', done: 40, total: 100 };
    connectActions(
      createApiClient((method) => {
        if (method === 'document.progress') return Promise.resolve({ ok: true, value: { progress } });
        return new Promise((resolve) => {
          finish = resolve;
        });
      }),
    );
    workbench();
    await upload(new File(['x'], 'rapport.pdf'));
    expect(await screen.findByText('Tekst uithalen: pagina 40 van 100')).toBeTruthy();
    const bar = screen.getByTestId('import-progress');
    expect(Number(bar.getAttribute('value'))).toBeCloseTo(0.05 + 0.8 * 0.4);
    expect(screen.getByRole('button', { name: /Document importeren/ })).toHaveProperty('disabled', true);
    await act(async () => {
      finish({ ok: true, value: { document: aDocumentSummary(), alreadyImported: true } });
      await Promise.resolve();
    });
    expect((await screen.findByTestId('import-summary')).textContent).toContain('al geïmporteerd');
  });
});
