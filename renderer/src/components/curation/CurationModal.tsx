// The modal shell both curation dialogs share (the node and relation forms, 'Mijn toevoegingen'): a
// labelled dialog over a backdrop that takes the focus, keeps it (Tab wraps) and gives it back on
// closing, with its title and a close button; Escape closes it alone, not the document viewer beneath.
import { useId, useRef, type ReactNode } from 'react';
import type { Language } from '../../../../shared/contract';
import { cx } from '../../i18n/curationStrings';
import { useDialogFocus, useFocusTrap } from '../useFocusTrap';

export function CurationModal({
  title,
  onClose,
  className,
  backdropClassName = 'modal-backdrop',
  testId,
  initialFocus,
  language,
  children,
}: {
  readonly title: string;
  readonly onClose: () => void;
  readonly className: string;
  readonly backdropClassName?: string;
  readonly testId: string;
  /** A selector for the control that takes the focus on opening; without one the dialog takes it. */
  readonly initialFocus?: string;
  readonly language: Language;
  readonly children: ReactNode;
}) {
  const dialog = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const trap = useFocusTrap(dialog);
  useDialogFocus(
    dialog,
    initialFocus === undefined ? undefined : () => dialog.current?.querySelector<HTMLElement>(initialFocus) ?? null,
  );
  return (
    <div className={backdropClassName}>
      <div
        ref={dialog}
        className={className}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        data-testid={testId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            // The viewer beneath closes on Escape too: this Escape is the dialog's alone. An Escape
            // a field used (the node picker clearing its search) does not close the dialog.
            event.stopPropagation();
            if (!event.defaultPrevented) onClose();
          } else trap(event);
        }}
      >
        <header>
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="btn-ghost" onClick={onClose} aria-label={cx(language, 'close')}>
            ×
          </button>
        </header>
        {children}
      </div>
    </div>
  );
}
