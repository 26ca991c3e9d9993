// The window: header with search and language switch, the canvas, the detail panel.
import { changeLanguage } from '../state/actions';
import { useAtlas } from '../state/store';
import { t } from '../i18n/strings';
import { AnalysisPanel } from './analysis/AnalysisPanel';
import { DetailPanel } from './DetailPanel';
import { SourceViewer } from './SourceViewer';
import { GraphCanvas } from './GraphCanvas';
import { SearchBox } from './SearchBox';

export function App() {
  const language = useAtlas((s) => s.language);
  const error = useAtlas((s) => s.error);
  return (
    <div className="app" lang={language}>
      <header className="topbar">
        <h1>
          {t(language, 'appTitle')} <span className="tagline">{t(language, 'tagline')}</span>
        </h1>
        <SearchBox />
        <button
          type="button"
          className="lang-toggle"
          aria-label={t(language, 'switchLanguageLabel')}
          onClick={() => void changeLanguage(language === 'nl' ? 'en' : 'nl')}
        >
          {t(language, 'switchLanguage')}
        </button>
      </header>
      {error !== null && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <main className="workspace">
        <GraphCanvas />
        <DetailPanel />
        <SourceViewer />
      </main>
      <AnalysisPanel />
    </div>
  );
}
