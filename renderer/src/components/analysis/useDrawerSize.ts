// The analysis drawer's height: dragged by its handle or moved with the arrow keys on it (a window
// splitter, as WAI-ARIA describes one), and maximised or restored with one button.
import { useState, type KeyboardEvent, type PointerEvent } from 'react';

export const MIN_DRAWER = 120;
const STEP = 32;

/** The most the drawer may take: the window less the header and a strip of canvas. */
export const maxDrawer = (): number => Math.max(MIN_DRAWER, window.innerHeight - 160);
/**
 * The drawer's height before the user chooses one: analysis.css's `flex: 0 0 min(36vh, 22rem)`, so the
 * splitter can always state its value (aria-valuenow; axe: aria-required-attr). Keep the two in step.
 */
const defaultDrawer = (): number => Math.round(Math.min(window.innerHeight * 0.36, 22 * 16));
const clamp = (height: number): number => Math.round(Math.min(maxDrawer(), Math.max(MIN_DRAWER, height)));

export function useDrawerSize() {
  // null: the stylesheet's default height, until the user chooses one.
  const [height, setHeight] = useState<number | null>(null);
  const [isMaximised, setMaximised] = useState(false);
  const current = (element: HTMLElement): number => height ?? element.parentElement?.offsetHeight ?? 300;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    const now = current(event.currentTarget);
    const next =
      event.key === 'ArrowUp'
        ? now + STEP
        : event.key === 'ArrowDown'
          ? now - STEP
          : event.key === 'Home'
            ? MIN_DRAWER
            : event.key === 'End'
              ? maxDrawer()
              : null;
    if (next === null) return;
    event.preventDefault();
    setMaximised(false);
    setHeight(clamp(next));
  };
  const onPointerDown = (event: PointerEvent<HTMLElement>): void => {
    const handle = event.currentTarget;
    const startY = event.clientY;
    const start = current(handle);
    handle.setPointerCapture(event.pointerId);
    const move = (e: globalThis.PointerEvent): void => {
      setMaximised(false);
      setHeight(clamp(start + startY - e.clientY));
    };
    const up = (): void => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  const shown = isMaximised ? maxDrawer() : height;
  return {
    height: shown,
    valueNow: shown ?? defaultDrawer(),
    isMaximised,
    toggleMaximised: () => setMaximised((was) => !was),
    onKeyDown,
    onPointerDown,
  };
}
