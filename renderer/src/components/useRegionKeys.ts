// F6 (Shift+F6 back) moves the keyboard between the window's parts, as in VS Code and browsers:
// search, the network (or its table), the detail panel. A few presses instead of dozens of Tabs.
import { useEffect } from 'react';

/** Each part: where it is, and what in it takes the focus. */
const REGIONS: readonly { readonly within: string; readonly target: string }[] = [
  { within: '.topbar', target: '[role="combobox"]' },
  { within: '.main-view', target: '[role="tabpanel"]:not([hidden]) :is([data-testid="graph-canvas"], table)' },
  { within: '[data-testid="detail-panel"]', target: '[data-testid="detail-panel"] h2' },
];

export function useRegionKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'F6') return;
      const regions = REGIONS.filter(({ target }) => document.querySelector(target) !== null);
      if (regions.length === 0) return;
      event.preventDefault();
      const active = document.activeElement;
      const at = regions.findIndex(({ within }) => active?.closest(within) != null);
      const step = event.shiftKey ? -1 : 1;
      const next = at === -1 ? 0 : (at + step + regions.length) % regions.length;
      const region = regions[next];
      const target = region === undefined ? null : document.querySelector<HTMLElement>(region.target);
      target?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
