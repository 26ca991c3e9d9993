// The analysis drawer below the canvas: tabs for paths, pattern queries, metrics and the matrix.
// A tab opens the drawer; choosing the open tab again closes it, so the canvas gets its room back.
import { ta, type AnalysisStringKey } from '../../i18n/analysisStrings';
import { openAnalysis } from '../../state/analysisActions';
import { ANALYSIS_TABS, clearHighlight, type AnalysisTab } from '../../state/analysisSlice';
import { apply, useAtlas } from '../../state/store';
import { MatrixPanel } from './MatrixPanel';
import { MetricsPanel } from './MetricsPanel';
import { PathPanel } from './PathPanel';
import { PatternBuilder } from './PatternBuilder';
import { useViewFilters } from './useViewFilters';
import './analysis.css';

const TAB_LABEL: { readonly [T in AnalysisTab]: AnalysisStringKey } = {
  paths: 'tabPaths',
  pattern: 'tabPattern',
  metrics: 'tabMetrics',
  matrix: 'tabMatrix',
};

export function AnalysisPanel() {
  const language = useAtlas((s) => s.language);
  const tab = useAtlas((s) => s.analysis.tab);
  const filters = useViewFilters();
  // A new query in the store (a run, or an opened saved view) starts the builder afresh from it.
  const pattern = useAtlas((s) => s.analysis.pattern);
  const hasHighlight = useAtlas((s) => s.analysis.highlight.nodes.size + s.analysis.highlight.edges.size > 0);
  return (
    <section className={`analysis ${tab === null ? 'closed' : 'open'}`} aria-label={ta(language, 'panel')}>
      <div role="tablist" className="analysis-tabs" aria-label={ta(language, 'panel')}>
        <span className="analysis-title">{ta(language, 'panel')}</span>
        {ANALYSIS_TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`analysis-tab-${name}`}
            aria-selected={tab === name}
            aria-controls="analysis-body"
            onClick={() => openAnalysis(tab === name ? null : name)}
          >
            {ta(language, TAB_LABEL[name])}
          </button>
        ))}
        {hasHighlight && (
          <button type="button" className="analysis-unmark" onClick={() => apply(clearHighlight())}>
            {ta(language, 'clearHighlight')}
          </button>
        )}
        {tab !== null && (
          <button type="button" className="analysis-close" onClick={() => openAnalysis(null)}>
            {ta(language, 'close')}
          </button>
        )}
      </div>
      {tab !== null && (
        <div role="tabpanel" id="analysis-body" aria-labelledby={`analysis-tab-${tab}`} className="analysis-body">
          {tab === 'paths' && <PathPanel filters={filters} />}
          {tab === 'pattern' && <PatternBuilder key={JSON.stringify(pattern)} />}
          {tab === 'metrics' && <MetricsPanel />}
          {tab === 'matrix' && <MatrixPanel filters={filters} />}
        </div>
      )}
    </section>
  );
}
