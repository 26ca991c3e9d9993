// The storage notice: each state of the user database reaches the user in their language, naming
// the file and what to do; a refused save shows the localised reason, not the service's English.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StorageStatus } from '../../../shared/contract';
import { createApiClient } from '../api/client';
import { connectActions, guarded, client } from '../state/actions';
import { atlasStore, initialState } from '../state/store';
import { connectFakeApi } from '../../../test/support/fakeApi';
import { StorageNotice } from './StorageNotice';

const file = '/home/adviseur/.config/IPS Atlas/ips-atlas-user.sqlite';
const status = (events: StorageStatus['events'], mode: StorageStatus['mode'] = 'read-only'): StorageStatus => ({
  file,
  mode,
  events,
});

beforeEach(() => {
  atlasStore.setState(initialState, true);
});

describe('StorageNotice', () => {
  it('says in Dutch that a read-only file is shown but not saved, naming the file', async () => {
    connectFakeApi({ 'app.status': () => ({ storage: status([{ kind: 'read-only', file }]) }) });
    render(<StorageNotice />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(file);
    expect(alert.textContent).toContain('alleen-lezen');
    expect(alert.textContent).toContain('opslaan is uitgeschakeld');
  });

  it('names the kept copy of a set-aside file in English, and goes when dismissed', async () => {
    atlasStore.setState({ language: 'en' });
    const keptAs = `${file}.damaged-1767312000000`;
    connectFakeApi({
      'app.status': () => ({ storage: status([{ kind: 'set-aside', file, keptAs }], 'writable') }),
    });
    render(<StorageNotice />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(keptAs);
    expect(alert.textContent).toContain('was damaged');
    await userEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows nothing when the file is fine', async () => {
    const calls = connectFakeApi({ 'app.status': () => ({ storage: status([], 'writable') }) });
    render(<StorageNotice />);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.map((c) => c.method)).toEqual(['app.status']);
    expect(screen.queryByTestId('storage-notice')).toBeNull();
  });

  it('words a refused save by its code, and brings the disk-full notice after it', async () => {
    let events: StorageStatus['events'] = [];
    connectActions(
      createApiClient((method) =>
        Promise.resolve(
          method === 'app.status'
            ? { ok: true, value: { storage: status(events, 'writable') } }
            : { ok: false, error: { code: 'STORAGE_FULL', message: `The disk holding ${file} is full` } },
        ),
      ),
    );
    render(<StorageNotice />);
    events = [{ kind: 'disk-full', file }];
    await guarded(async () => {
      await client().call('view.save', { name: 'A', state: {} });
    });
    expect(atlasStore.getState().error).toBe(
      'Niet opgeslagen: de schijf is vol. Maak ruimte vrij en probeer het opnieuw.',
    );
    expect((await screen.findByRole('alert')).textContent).toContain('De schijf met uw gebruikersbestand');
  });
});
