// A long document is drawn a few pages per task: the first pages and the page opened at (with its
// neighbours) at once, every page soon after, and from the start again for another document.
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PageView, Run } from './documentSegments';
import { useRevealedPages } from './useRevealedPages';

const run = (start: number, focused = false): Run => ({ start, end: start + 5, text: 'tekst', mention: null, focused });
const pagesOf = (count: number, focusedPage = -1): PageView[] =>
  Array.from({ length: count }, (_, i) => ({ number: i + 1, paragraphs: [[run(i * 10, i === focusedPage)]] }));

const drawn = (revealed: (index: number) => boolean, count: number): number[] =>
  Array.from({ length: count }, (_, i) => i).filter(revealed);

describe('useRevealedPages', () => {
  it('draws the first pages and the one opened at at once, then every page', async () => {
    const pages = pagesOf(40, 30);
    const { result } = renderHook(({ p }) => useRevealedPages(p), { initialProps: { p: pages } });
    expect(drawn(result.current, 40)).toEqual([0, 1, 2, 3, 29, 30, 31]);
    await waitFor(() => expect(drawn(result.current, 40)).toHaveLength(40));
  });

  it('starts again for another document', async () => {
    const { result, rerender } = renderHook(({ p }) => useRevealedPages(p), { initialProps: { p: pagesOf(30) } });
    await waitFor(() => expect(drawn(result.current, 30)).toHaveLength(30));
    rerender({ p: pagesOf(30) });
    expect(drawn(result.current, 30)).toEqual([0, 1, 2, 3]);
  });
});
