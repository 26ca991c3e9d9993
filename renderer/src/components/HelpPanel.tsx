// A short help panel: what the app does, how to read a citation, statuses and provenance, keyboard
// basics. A modal dialog opened from the toolbar and from the opening view; it takes the focus and
// gives it back to the button that opened it.
import { CircleHelp, X } from 'lucide-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { STATUS_LINE, svgDash } from '../canvas/graphStyle';
import { ts, type StartStringKey } from '../i18n/startStrings';
import type { Status } from '../../../shared/ontology';
import { useAtlas } from '../state/store';
import { useDialogFocus, useFocusTrap } from './useFocusTrap';
import './start.css';

const STATUS_WORDS: readonly (readonly [Status, StartStringKey])[] = [
  ['in-force', 'statusInForce'],
  ['pending-ratification', 'statusPending'],
  ['planned', 'statusPlanned'],
  ['ambition', 'statusAmbition'],
  ['historical', 'statusHistorical'],
];

/** The button that opens the help panel; each place that offers help has its own, so focus returns to it. */
export function HelpButton({ testId = 'help-open' }: { readonly testId?: string }) {
  const language = useAtlas((s) => s.language);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="help-open tool"
        aria-haspopup="dialog"
        aria-label={ts(language, 'helpOpenLabel')}
        data-testid={testId}
        onClick={() => setOpen(true)}
      >
        <CircleHelp aria-hidden="true" focusable="false" />
        {ts(language, 'helpOpen')}
      </button>
      {open && <HelpPanel onClose={() => setOpen(false)} />}
    </>
  );
}

function StatusLine({ status }: { readonly status: Status }) {
  const line = STATUS_LINE[status];
  return (
    <svg width="36" height="10" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="5"
        x2="34"
        y2="5"
        stroke="#444"
        strokeWidth="2"
        strokeDasharray={svgDash(line)}
        opacity={line.opacity}
      />
    </svg>
  );
}

export function HelpPanel({ onClose }: { readonly onClose: () => void }) {
  const language = useAtlas((s) => s.language);
  const dialog = useRef<HTMLDivElement>(null);
  const trap = useFocusTrap(dialog);
  useDialogFocus(dialog, () => dialog.current?.querySelector('h2') ?? null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      // Only this dialog closes, not the panel behind it.
      event.stopPropagation();
      onClose();
      return;
    }
    trap(event);
  };
  const say = (key: StartStringKey): string => ts(language, key);
  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="help-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        onKeyDown={onKeyDown}
        data-testid="help-panel"
      >
        <div className="help-head">
          <h2 id="help-title" tabIndex={-1}>
            {say('helpTitle')}
          </h2>
          <button type="button" className="tool" onClick={onClose}>
            <X aria-hidden="true" focusable="false" />
            {say('helpClose')}
          </button>
        </div>
        <h3>{say('helpWhatHeading')}</h3>
        <p>{say('helpWhat')}</p>
        <h3>{say('helpCitationHeading')}</h3>
        <p>{say('helpCitation')}</p>
        <h3>{say('helpStatusHeading')}</h3>
        <p>{say('helpStatus')}</p>
        <ul className="help-statuses">
          {STATUS_WORDS.map(([status, key]) => (
            <li key={status}>
              <StatusLine status={status} /> {say(key)}
            </li>
          ))}
        </ul>
        <h3>{say('helpProvenanceHeading')}</h3>
        <p>{say('helpProvenance')}</p>
        <h3>{say('helpKeysHeading')}</h3>
        <p>{say('helpKeys')}</p>
      </div>
    </div>
  );
}
