// Importing another laptop's exchange file: the file is inspected (nothing changes yet), the report
// shows what is new, already here, in conflict and detached, each conflict with both versions and a
// choice; "Samenvoegen" applies it in one go and the dialog ends with a summary. Escape cancels.
import { useEffect, useRef, useState } from 'react';
import type { ConflictChoice, ExchangeItem, ExchangeReport, Language } from '../../../../shared/contract';
import { errorText } from '../../i18n/errorText';
import { typeLabel, xs } from '../../i18n/exchangeStrings';
import { useAtlas } from '../../state/store';
import { useDialogFocus, useFocusTrap } from '../useFocusTrap';
import { ConflictChoices } from './ConflictChoices';
import { applyExchange, inspectExchange, type ExchangeFile } from './exchangeCommands';
import './exchange.css';

type Step =
  | { readonly step: 'inspecting' }
  | { readonly step: 'report' | 'applying' | 'done'; readonly report: ExchangeReport }
  | { readonly step: 'failed'; readonly error: unknown };

export function ExchangeDialog({ file, onClose }: { readonly file: ExchangeFile; readonly onClose: () => void }) {
  const language = useAtlas((s) => s.language);
  const [state, setState] = useState<Step>(
    file.refusal === undefined ? { step: 'inspecting' } : { step: 'failed', error: file.refusal },
  );
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const dialog = useRef<HTMLDivElement>(null);
  const trap = useFocusTrap(dialog);
  useDialogFocus(dialog);

  useEffect(() => {
    if (file.refusal !== undefined) return;
    let live = true;
    inspectExchange(file).then(
      (report) => live && setState({ step: 'report', report }),
      (error: unknown) => live && setState({ step: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [file]);

  const merge = (report: ExchangeReport): void => {
    setState({ step: 'applying', report });
    applyExchange(file, choices).then(
      (applied) => setState({ step: 'done', report: applied }),
      (error: unknown) => setState({ step: 'failed', error }),
    );
  };

  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="shortcuts-dialog exchange-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="exchange-title"
        aria-busy={state.step === 'inspecting' || state.step === 'applying'}
        tabIndex={-1}
        data-testid="exchange-dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape' && state.step !== 'applying') onClose();
          else trap(event);
        }}
      >
        <h2 id="exchange-title">{xs(language, 'importTitle')}</h2>
        <p className="hint">
          <bdi>{file.name}</bdi>
        </p>
        {state.step === 'inspecting' && <p role="status">{xs(language, 'inspecting')}</p>}
        {state.step === 'failed' && (
          <p role="alert" className="exchange-error">
            {xs(language, 'failed')} {errorText(language, state.error)}
          </p>
        )}
        {'report' in state && (
          <ReportBody
            report={state.report}
            choices={choices}
            setChoices={setChoices}
            busy={state.step === 'applying'}
          />
        )}
        {state.step === 'done' && (
          <p role="status" data-testid="exchange-summary">
            {xs(
              language,
              'merged',
              state.report.added.length,
              state.report.alreadyThere.length,
              state.report.conflicts.length,
              state.report.conflicts.filter((c) => c.choice === 'take-theirs').length,
              state.report.detached.length,
            )}
          </p>
        )}
        <div className="dialog-actions">
          {(state.step === 'report' || state.step === 'applying') && hasWork(state.report) && (
            <button
              type="button"
              className="primary"
              disabled={state.step === 'applying'}
              onClick={() => merge(state.report)}
            >
              {xs(language, state.step === 'applying' ? 'merging' : 'merge')}
            </button>
          )}
          <button type="button" disabled={state.step === 'applying'} onClick={onClose}>
            {xs(language, state.step === 'done' || state.step === 'failed' ? 'close' : 'cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}

const hasWork = (report: ExchangeReport): boolean => report.added.length > 0 || report.conflicts.length > 0;

interface BodyProps {
  readonly report: ExchangeReport;
  readonly choices: Record<string, ConflictChoice>;
  readonly setChoices: (update: (choices: Record<string, ConflictChoice>) => Record<string, ConflictChoice>) => void;
  readonly busy: boolean;
}

function ReportBody({ report, choices, setChoices, busy }: BodyProps) {
  const language = useAtlas((s) => s.language);
  const made = new Date(report.exportedAt).toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB');
  return (
    <>
      <p>{xs(language, 'madeOn', made, report.datasetVersion)}</p>
      <ul className="exchange-counts" data-testid="exchange-counts">
        <li>{xs(language, 'countAdded', report.added.length)}</li>
        <li>{xs(language, 'countAlreadyThere', report.alreadyThere.length)}</li>
        <li>{xs(language, 'countConflicts', report.conflicts.length)}</li>
        <li>{xs(language, 'countDetached', report.detached.length)}</li>
      </ul>
      <ItemList language={language} summary={xs(language, 'addedItems')} items={report.added} />
      <ItemList language={language} summary={xs(language, 'detachedItems')} items={report.detached} />
      {report.detached.length > 0 && <p className="hint">{xs(language, 'detachedHelp')}</p>}
      {!report.applied && !hasWork(report) && <p>{xs(language, 'nothingNew')}</p>}
      {report.conflicts.length > 0 && (
        <>
          <p>{xs(language, 'conflictsHelp')}</p>
          <ConflictChoices
            language={language}
            conflicts={report.conflicts}
            choices={choices}
            disabled={busy || report.applied}
            onChoose={(id, choice) => setChoices((old) => ({ ...old, [id]: choice }))}
          />
        </>
      )}
    </>
  );
}

interface ItemListProps {
  readonly language: Language;
  readonly summary: string;
  readonly items: readonly ExchangeItem[];
}

/** What an item list holds, folded: the counts say enough until the user wants the names. */
function ItemList({ language, summary, items }: ItemListProps) {
  if (items.length === 0) return null;
  return (
    <details className="exchange-items">
      <summary>{summary}</summary>
      <ul>
        {items.map((item) => (
          <li key={`${item.type}:${item.id}`}>
            {typeLabel(language, item.type)}: <bdi>{item.label}</bdi>
          </li>
        ))}
      </ul>
    </details>
  );
}
