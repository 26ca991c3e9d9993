// Regression: the search box's close-after-blur timer once outlived the box and fired after its test's
// window was gone (`ReferenceError: window is not defined`, a flaky gate). Unmounting clears it.
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchBox } from './SearchBox';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The ids of the timers the box starts on blur (its 150 ms close), and of every timer cleared. */
function watchTimers(): { closeTimers: unknown[]; cleared: unknown[] } {
  const closeTimers: unknown[] = [];
  const cleared: unknown[] = [];
  const realSet = globalThis.setTimeout;
  const realClear = globalThis.clearTimeout;
  vi.spyOn(globalThis, 'setTimeout').mockImplementation((handler: () => void, ms?: number) => {
    const id = realSet(handler, ms);
    if (ms === 150) closeTimers.push(id);
    return id;
  });
  vi.spyOn(globalThis, 'clearTimeout').mockImplementation((id) => {
    cleared.push(id);
    realClear(id);
  });
  return { closeTimers, cleared };
}

describe('SearchBox timers', () => {
  it('clears its close-after-blur timer when it unmounts', () => {
    const { unmount } = render(<SearchBox />);
    const box = screen.getByRole('combobox');
    act(() => box.focus());
    const timers = watchTimers();
    act(() => box.blur());
    expect(timers.closeTimers).toHaveLength(1);
    unmount();
    expect(timers.cleared).toContain(timers.closeTimers[0]);
  });

  it('keeps one pending close however often the box loses focus', () => {
    const { unmount } = render(<SearchBox />);
    const box = screen.getByRole('combobox');
    const timers = watchTimers();
    for (let i = 0; i < 3; i += 1) {
      act(() => box.focus());
      act(() => box.blur());
    }
    expect(timers.closeTimers).toHaveLength(3);
    // Every close but the last was cancelled by the next focus.
    expect(timers.cleared).toEqual(expect.arrayContaining(timers.closeTimers.slice(0, 2)));
    unmount();
    expect(timers.cleared).toContain(timers.closeTimers[2]);
  });
});
