// The memo pack button while a pack is being made: it shows how far it is, offers Cancel, and a
// cancelled pack says nothing was saved (no error). The pack's own making is replaced by one that
// reports progress and then waits for the cancel, so the test is about the button, not the clock.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportCancelled, type ExportSettings, type ExportTask } from '../../export/exportSettings';
import { atlasStore, initialState } from '../../state/store';
import { MemoPackButton } from './MemoPackButton';

const making = vi.hoisted(() => ({ signal: null as AbortSignal | null }));
vi.mock('../../export/memoPackActions', () => ({
  exportMemoPack: (_settings: ExportSettings, task?: ExportTask) =>
    new Promise((_resolve, reject) => {
      making.signal = task?.signal ?? null;
      task?.onProgress?.(0.42);
      task?.signal?.addEventListener('abort', () => reject(new ExportCancelled()), { once: true });
    }),
}));

const SETTINGS = { title: 'Samenwerking', marking: '', scope: 'visible' } as ExportSettings;

describe('the memo pack button', () => {
  beforeEach(() => {
    atlasStore.setState(initialState, true);
    making.signal = null;
  });

  it('shows its progress and a Cancel that stops the pack; a cancelled pack is reported, not an error', async () => {
    const done = vi.fn();
    render(<MemoPackButton settings={SETTINGS} onDone={done} />);
    await userEvent.click(screen.getByTestId('memo-pack'));
    await waitFor(() => expect(screen.getByTestId('memo-pack').textContent).toBe('Bezig… 42 %'));
    expect(screen.getByTestId('memo-pack')).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByRole('button', { name: 'Export annuleren' }));
    expect(making.signal?.aborted).toBe(true);
    await waitFor(() => expect(done).toHaveBeenLastCalledWith('Export geannuleerd; er is niets opgeslagen.'));
    expect(screen.queryByTestId('memo-pack-cancel')).toBeNull();
    expect(screen.getByTestId('memo-pack')).toHaveProperty('disabled', false);
    expect(atlasStore.getState().error).toBeNull();
  });
});
