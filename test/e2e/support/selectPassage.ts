// Selecting a passage of a document in the viewer as a drag with the mouse would: the browser's
// selection from a point in one run of text to a point in another. Each run carries its offsets
// (data-start/data-end) into the document's text, so a passage is chosen by offsets.
import type { Page } from 'playwright-core';

/** Selects [start, end) of the document's text in the open viewer. */
export async function selectPassage(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    ({ from, to }) => {
      const body = document.querySelector('[data-testid="source-viewer"] .source-body');
      if (body === null) throw new Error('the document viewer shows no text');
      const runs = [...body.querySelectorAll<HTMLElement>('[data-start]')];
      const point = (offset: number, side: 'start' | 'end'): [Node, number] => {
        const run = runs.find((r) => {
          const [s, e] = [Number(r.dataset.start), Number(r.dataset.end)];
          return side === 'start' ? s <= offset && offset < e : s < offset && offset <= e;
        });
        if (run === undefined) throw new Error(`no run of text holds offset ${String(offset)}`);
        let rest = offset - Number(run.dataset.start);
        const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (side === 'start' ? rest < length : rest <= length) return [node, rest];
          rest -= length;
        }
        throw new Error(`offset ${String(offset)} is past its run`);
      };
      const [a, ao] = point(from, 'start');
      const [b, bo] = point(to, 'end');
      document.getSelection()?.setBaseAndExtent(a, ao, b, bo);
    },
    { from: start, to: end },
  );
}
