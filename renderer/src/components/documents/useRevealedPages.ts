// Draws a long document a few pages per task instead of all at once: a 100-page PDF's 6,000 mention
// buttons held the window for most of a second. The first pages and the page the viewer opens at
// (with its neighbours) are drawn at once, so the passage is centred and focused on the first paint;
// the rest follow, a few pages per macrotask, each page a placeholder of about its size until then.
import { useEffect, useMemo, useState } from 'react';
import type { PageView } from './documentSegments';

/** Pages drawn in the first paint, and then per task: small enough that no task runs long. */
const FIRST = 4;
const STEP = 6;

const focusIndex = (pages: readonly PageView[]): number =>
  pages.findIndex((p) => p.paragraphs.some((runs) => runs.some((r) => r.focused)));

/** Whether page `index` of `pages` is drawn yet; every page is, soon after `pages` changes. */
export function useRevealedPages(pages: readonly PageView[] | null): (index: number) => boolean {
  const [reveal, setReveal] = useState<{ pages: readonly PageView[] | null; upTo: number }>({ pages, upTo: FIRST });
  const upTo = reveal.pages === pages ? reveal.upTo : FIRST;
  const total = pages?.length ?? 0;

  useEffect(() => {
    if (upTo >= total) return;
    const timer = setTimeout(() => setReveal({ pages, upTo: upTo + STEP }), 0);
    return () => clearTimeout(timer);
  }, [pages, upTo, total]);

  // Walked once per document, not on every render (a selection or each drawing step re-renders).
  const focused = useMemo(() => (pages === null ? -1 : focusIndex(pages)), [pages]);
  return (index) => index < upTo || (focused >= 0 && Math.abs(index - focused) <= 1);
}
