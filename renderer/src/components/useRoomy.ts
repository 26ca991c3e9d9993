// Whether an element's container has room for an overlay card: at least `width` × `height` CSS pixels,
// followed as the window, the side panels or the analysis drawer resize it. `ref` goes on the card (a
// callback ref, so a card that mounts later is still observed).
import { useEffect, useState } from 'react';

export function useRoomy(
  width: number,
  height: number,
): { readonly ref: (element: HTMLElement | null) => void; readonly isRoomy: boolean } {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [isRoomy, setRoomy] = useState(true);
  useEffect(() => {
    const container = element?.parentElement;
    // jsdom and old engines have no ResizeObserver: there the card simply stays open.
    if (container === null || container === undefined || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      setRoomy(container.clientWidth >= width && container.clientHeight >= height);
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [element, width, height]);
  return { ref: setElement, isRoomy };
}
