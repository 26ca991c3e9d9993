// An exchange file handed to the app from outside (a double-click on a .ipsatlas file, "open with"):
// it opens the exchange's import dialog with the bytes the shell read, never the snapshot opener.
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExchangeReport } from '../../../../shared/contract';
import { connectFakeApi } from '../../../../test/support/fakeApi';
import { atlasStore, initialState } from '../../state/store';
import { forgetShell, shellHanding } from '../../testSupport/shellHanding';
import { SnapshotDrop } from '../export/SnapshotDrop';
import { ExchangeDialogHost } from './ExchangeDialogHost';

afterEach(forgetShell);

const empty: ExchangeReport = {
  exportedAt: '2026-12-03T10:00:00.000Z',
  datasetVersion: 'mini-1',
  added: [],
  alreadyThere: [{ type: 'node', id: 'user-node-a', label: 'Cyberteam' }],
  conflicts: [],
  detached: [],
  applied: false,
};

describe('an exchange file handed to the app', () => {
  it('opens the import dialog with the file’s bytes', async () => {
    atlasStore.setState(initialState, true);
    const calls = connectFakeApi({ 'exchange.inspect': () => empty });
    const data = btoa('PK\u0003\u0004 zip');
    shellHanding([{ name: 'collega.ipsatlas', text: data }]);
    render(
      <>
        <SnapshotDrop onOpened={() => undefined} />
        <ExchangeDialogHost />
      </>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Importeren van een andere laptop' });
    expect(
      await within(dialog).findByText('Alles uit dit bestand is hier al aanwezig. Er valt niets samen te voegen.'),
    ).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Samenvoegen' })).toBeNull();
    expect(calls.map((c) => [c.method, c.input])).toEqual([
      ['exchange.inspect', { fileName: 'collega.ipsatlas', data }],
    ]);
  });
});
