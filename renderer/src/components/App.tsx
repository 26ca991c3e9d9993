// The window: header with search, undo/redo and language switch; the explorer's side bar (lenses,
// filters, legend, saved views); the network or its table; the detail panel and the source viewer.
import { useEffect } from 'react';
import { changeLanguage } from '../state/actions';
import { apply, useAtlas } from '../state/store';
import { setTab } from '../state/uiSlice';
import { t } from '../i18n/strings';
import { tx } from '../i18n/explorerStrings';
import { AnalysisPanel } from './analysis/AnalysisPanel';
import { DetailPanel } from './DetailPanel';
import { ExportToolbar } from './export/ExportToolbar';
import { FilterPanel } from './FilterPanel';
import { HelpButton } from './HelpPanel';
import { HistoryControls } from './HistoryControls';
import { Legend } from './Legend';
import { LensPicker } from './LensPicker';
import { MainView } from './MainView';
import { NoticeRegion } from './NoticeRegion';
import { HubExpandDialog } from './HubExpandDialog';
import { LeftOutNotices } from './LeftOutNotices';
import { SnapshotCheckNotice } from './export/SnapshotCheckNotice';
import { OverviewActions } from './OverviewActions';
import { SavedViews } from './SavedViews';
import { SourceViewer } from './SourceViewer';
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
        <SearchBox />
        <HistoryControls />
        <ExportToolbar />
        <ShortcutsOverlay />
        <HelpButton />
        <button
          type="button"
          className="lang-toggle"
          aria-label={t(language, 'switchLanguageLabel')}
          onClick={() => void changeLanguage(language === 'nl' ? 'en' : 'nl')}
        >
          {t(language, 'switchLanguage')}
        </button>
      </header>
      <SnapshotCheckNotice />
      <NoticeRegion />
      <LeftOutNotices />
      <HubExpandDialog />
      <StorageNotice />
      <main className="workspace">
        <aside className="sidebar" aria-label={tx(language, 'sidebar')}>
          <OverviewActions />
          <LensPicker />
          <FilterPanel />
          <Legend />
          <SavedViews />
        </aside>
        <MainView />
        <DetailPanel />
        <SourceViewer />
      </main>
      <AnalysisPanel />
    </div>
  );
}
