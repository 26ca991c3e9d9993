// Notices stay honest: an informational notice clears itself after NOTICE_EXPIRY_MS; an error stays
// until the user dismisses it, and the dismiss button is there to do so.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apply, atlasStore, initialState } from '../state/store';
import { NOTICE_EXPIRY_MS, showError, showNotice } from '../state/uiSlice';
import { NoticeRegion } from './NoticeRegion';

beforeEach(() => {
  vi.useFakeTimers();
  atlasStore.setState(initialState, true);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('NoticeRegion', () => {
  it('clears an informational notice by itself after a few seconds', () => {
    render(<NoticeRegion />);
    act(() => {
      apply(showNotice({ key: 'viewSaved', args: ['Briefing'] }));
    });
    expect(screen.getByTestId('notice').textContent).toContain('Briefing');
    act(() => {
      vi.advanceTimersByTime(NOTICE_EXPIRY_MS - 100);
    });
    expect(screen.getByTestId('notice').textContent).toContain('Briefing');
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(screen.getByTestId('notice').textContent).toBe('');
    expect(atlasStore.getState().notice).toBeNull();
  });

  it('keeps an error until it is dismissed', () => {
    render(<NoticeRegion />);
    act(() => {
      apply(showError('De opslag is vol.'));
    });
    act(() => {
      vi.advanceTimersByTime(NOTICE_EXPIRY_MS * 5);
    });
    expect(screen.getByRole('alert').textContent).toBe('De opslag is vol.');
    fireEvent.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(atlasStore.getState().error).toBeNull();
  });
});
