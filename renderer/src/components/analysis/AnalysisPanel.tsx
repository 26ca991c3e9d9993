// The analysis drawer below the canvas: tabs for paths, pattern queries, metrics and the matrix.
// A tab opens the drawer; choosing the open tab again closes it, so the canvas gets its room back.
// Its height is the user's: a splitter to drag (or move with the arrow keys), a maximise button, and
// "close" collapses it to its tab row. The pattern builder says when it kept the last question.
import { Eraser, Maximize2, Minimize2, X } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import { emptyPatternQuery } from '../../../../shared/analysis/patternQuery';
import { tx } from '../../i18n/explorerStrings';
import { ta, type AnalysisStringKey } from '../../i18n/analysisStrings';
import { openAnalysis } from '../../state/analysisActions';
import { ANALYSIS_TABS, clearHighlight, setPattern, type AnalysisTab } from '../../state/analysisSlice';
import { apply, useAtlas } from '../../state/store';
import { MatrixPanel } from './MatrixPanel';
import { MetricsPanel } from './MetricsPanel';
import { PathPanel } from './PathPanel';
import { PatternBuilder } from './PatternBuilder';
import { MIN_DRAWER, maxDrawer, useDrawerSize } from './useDrawerSize';
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
  const drawer = useDrawerSize();
  const keptPattern = JSON.stringify(pattern) !== JSON.stringify(emptyPatternQuery());
  // The tabs pattern: arrow keys (and Home/End) move between tabs and open the one reached.
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    const at = ANALYSIS_TABS.indexOf(tab ?? ANALYSIS_TABS[0]);
    const count = ANALYSIS_TABS.length;
    const next =
      event.key === 'ArrowRight'
        ? (at + 1) % count
        : event.key === 'ArrowLeft'
          ? (at - 1 + count) % count
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? count - 1
              : null;
    const name = next === null ? undefined : ANALYSIS_TABS[next];
    if (name === undefined) return;
    event.preventDefault();
    openAnalysis(name);
    document.getElementById(`analysis-tab-${name}`)?.focus();
  };
  return (
    <section
      className={`analysis ${tab === null ? 'closed' : 'open'}${drawer.isMaximised ? ' maximised' : ''}`}
      aria-label={ta(language, 'panel')}
      style={tab !== null && drawer.height !== null ? { flexBasis: drawer.height } : undefined}
      data-testid="analysis-panel"
    >
      {tab !== null && (
        <div
          className="analysis-splitter"
          role="separator"
          aria-orientation="horizontal"
          aria-label={tx(language, 'analysisResize')}
          aria-valuemin={MIN_DRAWER}
          aria-valuemax={maxDrawer()}
          aria-valuenow={drawer.valueNow}
          tabIndex={0}
          onKeyDown={drawer.onKeyDown}
          onPointerDown={drawer.onPointerDown}
          data-testid="analysis-splitter"
        />
      )}
      <div className="analysis-tabs">
        <span className="analysis-title" aria-hidden="true">
          {ta(language, 'panel')}
        </span>
        <div role="tablist" aria-label={ta(language, 'panel')} onKeyDown={onTabKey}>
          {ANALYSIS_TABS.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`analysis-tab-${name}`}
              aria-selected={tab === name}
              aria-controls={tab === name ? 'analysis-body' : undefined}
              tabIndex={name === (tab ?? ANALYSIS_TABS[0]) ? 0 : -1}
              onClick={() => openAnalysis(tab === name ? null : name)}
            >
              {ta(language, TAB_LABEL[name])}
            </button>
          ))}
        </div>
        {hasHighlight && (
          <button type="button" className="analysis-unmark tool btn-ghost" onClick={() => apply(clearHighlight())}>
            <Eraser aria-hidden="true" focusable="false" />
            {ta(language, 'clearHighlight')}
          </button>
        )}
        {tab !== null && (
          <button
            type="button"
            className="analysis-size tool btn-ghost"
            aria-pressed={drawer.isMaximised}
            onClick={drawer.toggleMaximised}
            data-testid="analysis-maximise"
          >
            {drawer.isMaximised ? (
              <Minimize2 aria-hidden="true" focusable="false" />
            ) : (
              <Maximize2 aria-hidden="true" focusable="false" />
            )}
            {tx(language, drawer.isMaximised ? 'restore' : 'maximise')}
          </button>
        )}
        {tab !== null && (
          <button type="button" className="analysis-close tool btn-ghost" onClick={() => openAnalysis(null)}>
            <X aria-hidden="true" focusable="false" />
            {ta(language, 'close')}
          </button>
        )}
      </div>
      {tab !== null && (
        <div role="tabpanel" id="analysis-body" aria-labelledby={`analysis-tab-${tab}`} className="analysis-body">
          {tab === 'paths' && <PathPanel filters={filters} />}
          {tab === 'pattern' && keptPattern && (
            <p className="analysis-kept" data-testid="pattern-kept">
              {ta(language, 'keptQuery')}{' '}
              <button type="button" onClick={() => apply(setPattern(emptyPatternQuery()))}>
                {ta(language, 'startAfresh')}
              </button>
            </p>
          )}
          {tab === 'pattern' && <PatternBuilder key={JSON.stringify(pattern)} />}
          {tab === 'metrics' && <MetricsPanel />}
          {tab === 'matrix' && <MatrixPanel filters={filters} />}
        </div>
      )}
    </section>
  );
}
