// The header's export tools: Export… (the dialog), Open… (a snapshot) and Compare… (what changed),
// with a live line that says what happened. Export settings live here so they persist while the app
// runs: an adviser exporting a series keeps her title and marking.
import { FileDown, FolderOpen, GitCompareArrows } from 'lucide-react';
import { useCallback, useRef, useState } from 'react';
import type { ExportFormat } from '../../export/exportFormats';
import type { ExportSettings } from '../../export/exportSettings';
import {
  rememberCsvSeparator,
  rememberedCsvSeparator,
  rememberedPictureFrame,
  rememberPictureFrame,
} from '../../export/exportPreferences';
import { ex } from '../../export/exportStrings';
import { chooseAndOpenSnapshot } from '../../export/snapshotActions';
import { useAtlas } from '../../state/store';
import { CompareView } from './CompareView';
import { ExportDialog } from './ExportDialog';
import { MemoPackButton } from './MemoPackButton';
import { SnapshotDrop } from './SnapshotDrop';
import './export.css';

export function ExportToolbar() {
  const language = useAtlas((s) => s.language);
  const [dialog, setDialog] = useState(false);
  const [compare, setCompare] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [message, setMessage] = useState('');
  const [settings, setSettings] = useState<ExportSettings>(() => ({
    title: ex(language, 'defaultTitle'),
    caption: '',
    marking: '',
    orientation: 'landscape',
    scale: 2,
    background: 'white',
    region: 'view',
    includeChanges: true,
    scope: 'visible',
    csvSeparator: rememberedCsvSeparator(language),
    ...rememberedPictureFrame(),
  }));
  const changeSettings = useCallback((next: ExportSettings) => {
    // The separator is a habit of the user's spreadsheet: remembered for the next session.
    rememberCsvSeparator(next.csvSeparator);
    // So are a picture's caption band and legend.
    rememberPictureFrame({ band: next.band, legend: next.legend });
    setSettings(next);
  }, []);
  const opener = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setDialog(false);
    opener.current?.focus();
  }, []);
  const opened = useCallback((text: string) => setMessage(text), []);

  return (
    <div className="export-tools" role="group" aria-label={ex(language, 'exportTitle')}>
      <button
        ref={opener}
        type="button"
        className="tool"
        onClick={() => setDialog(true)}
        data-testid="export-open-dialog"
      >
        <FileDown aria-hidden="true" focusable="false" />
        {ex(language, 'exportButton')}
      </button>
      <MemoPackButton settings={settings} onDone={opened} />
      <button
        type="button"
        className="tool"
        data-testid="snapshot-open"
        onClick={() =>
          void chooseAndOpenSnapshot().then((outcome) => {
            if (outcome?.ok === true) setMessage(outcome.message);
          })
        }
      >
        <FolderOpen aria-hidden="true" focusable="false" />
        {ex(language, 'openButton')}
      </button>
      <button
        type="button"
        className="tool"
        aria-expanded={compare}
        onClick={() => setCompare(!compare)}
        data-testid="compare-toggle"
      >
        <GitCompareArrows aria-hidden="true" focusable="false" />
        {ex(language, 'compareButton')}
      </button>
      <p className="visually-hidden" role="status" data-testid="snapshot-message">
        {message}
      </p>
      {dialog && (
        <ExportDialog
          settings={settings}
          onSettings={changeSettings}
          format={format}
          onFormat={setFormat}
          onClose={close}
        />
      )}
      {compare && <CompareView onClose={() => setCompare(false)} />}
      <SnapshotDrop onOpened={opened} />
    </div>
  );
}
