// The window: a header whose tools are grouped by what the user is doing (find, view, analyse, export,
// then help and language); the explorer's side bar (lenses, filters, saved views); the network (with
// its legend on it) or its table; the detail panel and the source viewer; the analysis drawer.
import { Languages } from 'lucide-react';
import { useEffect } from 'react';
import { changeLanguage } from '../state/actions';
import { apply, useAtlas } from '../state/store';
import { setTab } from '../state/uiSlice';
import { t } from '../i18n/strings';
import { tx } from '../i18n/explorerStrings';
import { tl } from '../i18n/lookStrings';
import { AnalysisToggle } from './AnalysisToggle';
import { AnalysisPanel } from './analysis/AnalysisPanel';
import { DetailPanel } from './DetailPanel';
import { ExportToolbar } from './export/ExportToolbar';
import { FilterPanel } from './FilterPanel';
import { HelpButton } from './HelpPanel';
import { HistoryControls } from './HistoryControls';
import { LensPicker } from './LensPicker';
import { MainView } from './MainView';
import { NoticeRegion } from './NoticeRegion';
import { HubExpandDialog } from './HubExpandDialog';
import { LeftOutNotices } from './LeftOutNotices';
import { SnapshotCheckNotice } from './export/SnapshotCheckNotice';
import { OverviewActions } from './OverviewActions';
import { SavedViews } from './SavedViews';
import { SourceViewer } from './SourceViewer';
import { DocumentList } from './documents/DocumentList';
import { DocumentWorkbench } from './documents/DocumentWorkbench';
import { ImportDocumentButton } from './documents/ImportDocumentButton';
import { StorageNotice } from './StorageNotice';
import { SearchBox } from './SearchBox';
import { ShortcutsOverlay } from './ShortcutsOverlay';
import { useRegionKeys } from './useRegionKeys';
import './explorer.css';

export function App() {
  const language = useAtlas((s) => s.language);
  useRegionKeys();
  useEffect(() => {
    // The page's language too, so a screen reader speaks Dutch or English as the UI does.
    document.documentElement.lang = language;
  }, [language]);
  return (
    <div className="app" lang={language}>
      <a
        className="skip-link"
        href="#main-panel-canvas"
        onClick={(event) => {
          // Straight to the canvas itself, without a fragment in the address.
          event.preventDefault();
          apply(setTab('canvas'));
          document.querySelector<HTMLElement>('[data-testid="graph-canvas"]')?.focus();
        }}
      >
        {tx(language, 'skipToNetwork')}
      </a>
      <header className="topbar">
        <h1>
          {t(language, 'appTitle')} <span className="tagline">{t(language, 'tagline')}</span>
        </h1>
        <div className="tool-group tool-group-find" role="toolbar" aria-label={tl(language, 'toolbarFind')}>
          <SearchBox />
          <ImportDocumentButton />
        </div>
        <div className="tool-group" role="toolbar" aria-label={tl(language, 'toolbarView')}>
          <OverviewActions />
          <HistoryControls />
        </div>
        <div className="tool-group" role="toolbar" aria-label={tl(language, 'toolbarAnalyse')}>
          <AnalysisToggle />
        </div>
        <div className="tool-group" role="toolbar" aria-label={tl(language, 'toolbarExport')}>
          <ExportToolbar />
        </div>
        <div className="tool-group tool-group-end" role="toolbar" aria-label={tl(language, 'toolbarHelp')}>
          <ShortcutsOverlay />
          <HelpButton />
          <button
            type="button"
            className="lang-toggle tool"
            aria-label={t(language, 'switchLanguageLabel')}
            onClick={() => void changeLanguage(language === 'nl' ? 'en' : 'nl')}
          >
            <Languages aria-hidden="true" focusable="false" />
            {t(language, 'switchLanguage')}
          </button>
        </div>
      </header>
      <SnapshotCheckNotice />
      <NoticeRegion />
      <LeftOutNotices />
      <HubExpandDialog />
      <StorageNotice />
      <main className="workspace">
        <aside className="sidebar" aria-label={tx(language, 'sidebar')}>
          <LensPicker />
          <FilterPanel />
          <SavedViews />
          <DocumentList />
        </aside>
        <MainView />
        <DetailPanel />
        <SourceViewer />
        <DocumentWorkbench />
      </main>
      <AnalysisPanel />
    </div>
  );
}
