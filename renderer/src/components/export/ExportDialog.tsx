// The export dialog: choose a format, edit title, caption and marking, set the picture's scale,
// background, area, caption band and legend, then save (a native dialog in the app, a download in the
// browser) or copy the picture. A heavy export shows its progress and can be cancelled. Modal: Tab
// stays inside it, Escape cancels a running export or closes it, and focus returns to the button that
// opened it. The fields scroll inside the dialog; its actions stay in view on a 640-pixel screen.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Language } from '../../../../shared/contract';
import { copyViewPicture, exportView } from '../../export/exportActions';
import {
  EXPORT_FORMATS,
  EXPORT_GROUP_IDS,
  EXPORT_GROUPS,
  formatsIn,
  offers,
  type ExportFormat,
} from '../../export/exportFormats';
import { ExportCancelled, type ExportSettings, type ExportTask } from '../../export/exportSettings';
import { ex, type ExportStringKey } from '../../export/exportStrings';
import { exportErrorText } from '../../export/exportErrorText';
import { useAtlas } from '../../state/store';
import { useFocusTrap } from '../useFocusTrap';
import { PictureFields, TextFields } from './ExportFields';

interface Props {
  readonly settings: ExportSettings;
  readonly onSettings: (settings: ExportSettings) => void;
  readonly format: ExportFormat;
  readonly onFormat: (format: ExportFormat) => void;
  readonly onClose: () => void;
}

function describe(language: Language, error: unknown): string {
  return exportErrorText(language, error);
}

/**
 * Passes progress on at most every 100 ms (and always the end): a re-render per tile of a picture
 * drawn in a hundred tiles would take the very time the tiles give back to the window.
 */
function throttled(report: (fraction: number) => void): (fraction: number) => void {
  let last = 0;
  return (fraction) => {
    const now = performance.now();
    if (fraction < 1 && now - last < 100) return;
    last = now;
    report(fraction);
  };
}

function outcomeText(language: Language, saved: string, note: string | null): string {
  const key: ExportStringKey =
    saved === 'saved' ? 'saved' : saved === 'copied' ? 'copied' : saved === 'downloaded' ? 'downloaded' : 'cancelled';
  return note === null ? ex(language, key) : `${ex(language, key)} ${note}`;
}

export function ExportDialog({ settings, onSettings, format, onFormat, onClose }: Props) {
  const language = useAtlas((s) => s.language);
  const hasComparison = useAtlas((s) => s.comparison !== null);
  const [status, setStatus] = useState<{ readonly text: string; readonly error: boolean } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const running = useRef<AbortController | null>(null);
  const busy = progress !== null;
  const first = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const trapFocus = useFocusTrap(dialog);

  /** Cancels the running export, or closes the dialog when none runs. */
  const cancel = useCallback((): void => {
    if (running.current === null) onClose();
    else running.current.abort();
  }, [onClose]);

  useEffect(() => {
    first.current?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') cancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [cancel]);

  // A dialog closed mid-export stops the export with it.
  useEffect(() => () => running.current?.abort(), []);

  const run = async (work: (task: ExportTask) => Promise<{ saved: string; note: string | null }>): Promise<void> => {
    const controller = new AbortController();
    running.current = controller;
    setProgress(0);
    setStatus({ text: ex(language, 'working'), error: false });
    try {
      const outcome = await work({ signal: controller.signal, onProgress: throttled(setProgress) });
      setStatus({ text: outcomeText(language, outcome.saved, outcome.note), error: false });
    } catch (error) {
      if (error instanceof ExportCancelled) setStatus({ text: ex(language, 'exportCancelled'), error: false });
      else setStatus({ text: describe(language, error), error: true });
    } finally {
      running.current = null;
      setProgress(null);
    }
  };

  const inBrowser = window.ipsAtlasShell === undefined;
  return (
    <div className="export-backdrop">
      <div
        className="export-dialog"
        ref={dialog}
        onKeyDown={trapFocus}
        role="dialog"
        aria-modal="true"
        aria-labelledby="export-title"
        data-testid="export-dialog"
      >
        <header role="none">
          <h2 id="export-title">{ex(language, 'exportTitle')}</h2>
          <button type="button" onClick={onClose} aria-label={ex(language, 'close')}>
            ×
          </button>
        </header>
        <div className="export-body">
          <fieldset className="export-formats">
            <legend>{ex(language, 'format')}</legend>
            {EXPORT_GROUP_IDS.map((group, g) => (
              <div
                key={group}
                className="export-group"
                role="radiogroup"
                aria-label={ex(language, EXPORT_GROUPS[group])}
              >
                <span className="export-group-label">{ex(language, EXPORT_GROUPS[group])}</span>
                {formatsIn(group).map((f, i) => (
                  <label key={f}>
                    <input
                      ref={g === 0 && i === 0 ? first : undefined}
                      type="radio"
                      name="export-kind"
                      value={f}
                      checked={format === f}
                      onChange={() => onFormat(f)}
                    />
                    {ex(language, EXPORT_FORMATS[f].label)}
                  </label>
                ))}
              </div>
            ))}
          </fieldset>
          <TextFields format={format} settings={settings} onSettings={onSettings} hasComparison={hasComparison} />
          <PictureFields format={format} settings={settings} onSettings={onSettings} />
        </div>
        <footer role="none">
          <div className="export-status-line">
            <p
              className={status?.error === true ? 'export-status error' : 'export-status'}
              role="status"
              data-testid="export-status"
            >
              {status?.text}
            </p>
            {progress !== null && (
              <progress
                max={1}
                value={progress}
                aria-label={ex(language, 'progress')}
                aria-valuetext={`${String(Math.round(progress * 100))} %`}
                data-testid="export-progress"
              />
            )}
          </div>
          <button type="button" onClick={cancel} data-testid="export-cancel">
            {ex(language, busy ? 'cancelExport' : 'cancelDialog')}
          </button>
          {offers(format, 'copy') && (
            <Action busy={busy} onClick={() => void run((task) => copyViewPicture(settings, task))}>
              {ex(language, 'copy')}
            </Action>
          )}
          <Action busy={busy} primary onClick={() => void run((task) => exportView(format, settings, task))}>
            {ex(language, inBrowser ? 'download' : 'save')}
          </Action>
        </footer>
      </div>
    </div>
  );
}

function Action(props: {
  readonly busy: boolean;
  readonly primary?: boolean;
  readonly onClick: () => void;
  readonly children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={props.primary === true ? 'primary' : undefined}
      disabled={props.busy}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}
