// Roving focus over many items (the letter's ~700 names): the list is one tab stop, arrows move
// between items. Done on the DOM, not in React state, so a move does not re-render the whole letter.
import type { KeyboardEvent } from 'react';

const STEP: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/** Makes `current` the one item of `container` in the tab order. */
export function setRovingStop(container: HTMLElement, selector: string, current: HTMLElement | null): void {
  for (const item of container.querySelectorAll<HTMLElement>(selector)) item.tabIndex = -1;
  const stop = current ?? container.querySelector<HTMLElement>(selector);
  if (stop !== null) stop.tabIndex = 0;
}

/** Arrow keys, Home and End among the items; true when the key was used. */
export function moveRoving(container: HTMLElement, selector: string, event: KeyboardEvent<HTMLElement>): boolean {
  const items = [...container.querySelectorAll<HTMLElement>(selector)];
  const at = items.indexOf(event.target as HTMLElement);
  if (at === -1 || items.length === 0) return false;
  const step = STEP[event.key];
  const next =
    step !== undefined
      ? Math.max(0, Math.min(items.length - 1, at + step))
      : event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? items.length - 1
          : null;
  const target = next === null ? undefined : items[next];
  if (target === undefined) return false;
  setRovingStop(container, selector, target);
  target.focus();
  event.preventDefault();
  return true;
}
