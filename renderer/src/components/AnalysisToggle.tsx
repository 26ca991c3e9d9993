// The toolbar's analyse group: one button that opens the analysis drawer (on its last tab, or paths)
// and closes it again, so the analyses are found from the top of the window, not only below the canvas.
import { ChartNetwork } from 'lucide-react';
import { tl } from '../i18n/lookStrings';
import { openAnalysis } from '../state/analysisActions';
import { useAtlas } from '../state/store';

export function AnalysisToggle() {
  const language = useAtlas((s) => s.language);
  const isOpen = useAtlas((s) => s.analysis.tab !== null);
  return (
    <button
      type="button"
      className="tool"
      aria-pressed={isOpen}
      title={tl(language, 'analysisToggleLabel')}
      onClick={() => openAnalysis(isOpen ? null : 'paths')}
      data-testid="analysis-toggle"
    >
      <ChartNetwork aria-hidden="true" focusable="false" />
      {tl(language, 'analysisToggle')}
    </button>
  );
}
