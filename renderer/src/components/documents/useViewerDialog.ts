// What the letter's viewer and the user's document viewer do alike as modal dialogs: take the focus,
// keep it (the returned `trap` for their keydown) and give it back on closing, and close on Escape
// pressed anywhere in the window while they are open (a dialog over them stops its own Escape).
import { useEffect, useId, useRef } from 'react';
import { closeSource } from '../../state/actions';
import { useDialogFocus, useFocusTrap } from '../useFocusTrap';

export function useViewerDialog() {
  const dialog = useRef<HTMLElement>(null);
  const titleId = useId();
  const helpId = useId();
  const trap = useFocusTrap(dialog);
  useDialogFocus(dialog);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') closeSource();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return { dialog, titleId, helpId, trap };
}
