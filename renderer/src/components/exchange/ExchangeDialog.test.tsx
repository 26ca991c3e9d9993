// Importing an exchange file through the UI: the chosen file is inspected, the report counts what is
// new, already here, in conflict and detached, each conflict shows both versions with "Mijn versie
// houden" chosen until the user picks "Hun versie nemen"; "Samenvoegen" sends exactly those choices
// and ends in a summary. A refused file is worded from its code, and Escape closes the dialog.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_EXCHANGE_BYTES, type ExchangeReport, type ParsedInput } from '../../../../shared/contract';
import { connectFakeApi } from '../../../../test/support/fakeApi';
import { createApiClient } from '../../api/client';
import { errorCodeSentence } from '../../i18n/errorText';
import { connectActions } from '../../state/actions';
import { atlasStore, initialState } from '../../state/store';
import { ExchangeDialogHost } from './ExchangeDialogHost';
import { ExchangeTools } from './ExchangeTools';

const report: ExchangeReport = {
  exportedAt: '2026-12-03T10:00:00.000Z',
  datasetVersion: 'mini-1',
  added: [{ type: 'document', id: 'user-doc-1', label: 'Vervolgbrief' }],
  alreadyThere: [{ type: 'note', id: 'user-note-europol', label: 'Europol' }],
  conflicts: [
    {
      type: 'node',
      id: 'user-node-a',
      label: 'Cyberteam',
      fields: ['label', 'status'],
      mine: { label: 'Cyberteam Caribisch gebied', status: 'in-force' },
      theirs: { label: 'Cyberteam CARIB', status: 'planned' },
    },
    {
      type: 'relation',
      id: 'user-rel-b',
      label: 'Cyberteam – part-of – Europol',
      fields: ['status'],
      mine: { status: 'in-force' },
      theirs: { status: 'historical' },
    },
  ],
  detached: [],
  applied: false,
};

const tools = () =>
  render(
    <>
      <ExchangeTools />
      <ExchangeDialogHost />
    </>,
  );

const upload = (name = 'ips-atlas-uitwisseling-2026-12-03.ipsatlas') =>
  userEvent.upload(screen.getByTestId('exchange-file-input'), new File([new Uint8Array([80, 75, 3, 4])], name));

beforeEach(() => {
  atlasStore.setState(initialState, true);
});

describe('the exchange import dialog', () => {
  it('reports the file, takes a choice per conflict and merges with exactly those choices', async () => {
    const calls = connectFakeApi({
      'exchange.inspect': () => report,
      'exchange.apply': ({ choices }: ParsedInput<'exchange.apply'>) => ({
        ...report,
        applied: true,
        conflicts: report.conflicts.map((c) => ({ ...c, choice: choices[c.id] ?? 'keep-mine' })),
      }),
      'document.list': () => [],
    });
    tools();
    await userEvent.click(screen.getByRole('button', { name: 'Importeren van een andere laptop…' }));
    await upload();
    const dialog = await screen.findByRole('dialog', { name: 'Importeren van een andere laptop' });
    const counts = await within(dialog).findByTestId('exchange-counts');
    expect(counts.textContent).toContain('Nieuw: 1');
    expect(counts.textContent).toContain('Al aanwezig: 1');
    expect(counts.textContent).toContain('Conflicten: 2');
    expect(counts.textContent).toContain('Losgeraakt: 0');

    const node = within(dialog).getByRole('group', { name: 'Knoop: Cyberteam' });
    expect(within(node).getByRole('row', { name: /naam/ }).textContent).toContain('Cyberteam Caribisch gebied');
    expect(within(node).getByRole('row', { name: /naam/ }).textContent).toContain('Cyberteam CARIB');
    expect(within(node).getByRole<HTMLInputElement>('radio', { name: 'Mijn versie houden' }).checked).toBe(true);
    await userEvent.click(within(node).getByRole('radio', { name: 'Hun versie nemen' }));
    expect(within(node).getByRole<HTMLInputElement>('radio', { name: 'Hun versie nemen' }).checked).toBe(true);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Samenvoegen' }));
    const summary = await within(dialog).findByTestId('exchange-summary');
    expect(summary.textContent).toBe(
      'Samengevoegd: 1 nieuw, 1 al aanwezig, 2 conflicten (1 keer hun versie genomen), 0 losgeraakt.',
    );
    const sent = calls.find((c) => c.method === 'exchange.apply')?.input as ParsedInput<'exchange.apply'>;
    expect(sent.choices).toEqual({ 'user-node-a': 'take-theirs' });
    expect(sent.fileName).toBe('ips-atlas-uitwisseling-2026-12-03.ipsatlas');
    expect(atob(sent.data)).toBe('PK\u0003\u0004');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('words a refused file from its code, in English too, and closes on Escape', async () => {
    connectActions(
      createApiClient(() =>
        Promise.resolve({ ok: false, error: { code: 'EXCHANGE_FOREIGN', message: 'not a zip container' } }),
      ),
    );
    atlasStore.setState({ language: 'en' });
    tools();
    await upload('foto.ipsatlas');
    const dialog = await screen.findByRole('dialog', { name: 'Import from another laptop' });
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      `The file was not merged. ${errorCodeSentence('en', 'EXCHANGE_FOREIGN')}`,
    );
    expect(errorCodeSentence('en', 'EXCHANGE_FOREIGN')).toContain('Nothing was changed.');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('refuses a file over the size limit before reading or sending it', async () => {
    const calls = connectFakeApi({});
    tools();
    const huge = new File([new Uint8Array(MAX_EXCHANGE_BYTES + 1)], 'groot.ipsatlas');
    await userEvent.upload(screen.getByTestId('exchange-file-input'), huge);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('alert').textContent).toBe(
      `Het bestand is niet samengevoegd. ${errorCodeSentence('nl', 'PAYLOAD_TOO_LARGE')}`,
    );
    expect(calls).toEqual([]);
  });
});
