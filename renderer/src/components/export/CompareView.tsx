// "What changed": compare a snapshot with the current data, or two snapshots; the changes as a list
// (nodes, relations, citations) in the change colours, marked on the canvas on request, and offered
// to the briefing export as "changes since the last briefing".
import type { Language } from '../../../../shared/contract';
import { STATUS_INFO, type Status } from '../../../../shared/ontology';
import { CHANGE_COLOURS } from '../../canvas/graphStyle';
import {
  closeComparison,
  compareTwoSnapshots,
  compareWithCurrent,
  hideChangeMarks,
  showChangesOnCanvas,
} from '../../export/compareActions';
import { ex } from '../../export/exportStrings';
import type { ElementChange } from '../../export/formats/graphDiff';
import type { Comparison } from '../../state/compareSlice';
import { useAtlas } from '../../state/store';
import { isolate } from '../../../../shared/text/isolate';
import { relationPhrase } from '../../i18n/relationPhrase';

function changeDetail<T extends { readonly status: Status | null }>(
  change: ElementChange<T>,
  language: Language,
): string {
  if (change.change !== 'changed') return '';
  const status = (s: Status | null | undefined): string => (s == null ? '—' : STATUS_INFO[s].label[language]);
  const parts: string[] = [];
  if (change.statusBefore !== change.statusAfter)
    parts.push(`${status(change.statusBefore)} → ${status(change.statusAfter)}`);
  parts.push(
    ...change.citationsAdded.map((c) => `+ “${isolate(c.quote)}”`),
    ...change.citationsRemoved.map((c) => `− “${isolate(c.quote)}”`),
  );
  return parts.join(' · ');
}

function ChangeList({ comparison, language }: { readonly comparison: Comparison; readonly language: Language }) {
  const label = (id: string): string => isolate(comparison.labels.get(id)?.label[language] ?? id);
  const rows = [
    ...comparison.diff.nodes.map((c) => ({
      key: `n:${c.id}`,
      change: c.change,
      name: label(c.id),
      detail: changeDetail(c, language),
    })),
    ...comparison.diff.edges.map((c) => {
      const e = c.after ?? c.before;
      const name = e === undefined ? c.id : relationPhrase(label(e.source), e.kind, label(e.target), language);
      return { key: `e:${c.id}`, change: c.change, name, detail: changeDetail(c, language) };
    }),
  ];
  if (rows.length === 0) return <p>{ex(language, 'noChanges')}</p>;
  return (
    <ul className="change-list" data-testid="change-list">
      {rows.map((row) => (
        <li key={row.key} data-change={row.change}>
          <span className="change-badge" style={{ borderColor: CHANGE_COLOURS[row.change] }}>
            {ex(language, row.change)}
          </span>{' '}
          {row.name}
          {row.detail !== '' && <span className="change-detail">{row.detail}</span>}
        </li>
      ))}
    </ul>
  );
}

export function CompareView({ onClose }: { readonly onClose: () => void }) {
  const language = useAtlas((s) => s.language);
  const comparison = useAtlas((s) => s.comparison);
  const marked = useAtlas((s) => s.changeMarks.nodes.size + s.changeMarks.edges.size > 0);
  return (
    <section className="compare-view" aria-labelledby="compare-title" data-testid="compare-view">
      <header>
        <h2 id="compare-title">{ex(language, 'compareTitle')}</h2>
        <button type="button" onClick={onClose} aria-label={ex(language, 'close')}>
          ×
        </button>
      </header>
      <div className="compare-actions">
        <button type="button" onClick={() => void compareWithCurrent()} data-testid="compare-current">
          {ex(language, 'compareWithCurrent')}
        </button>
        <button type="button" onClick={() => void compareTwoSnapshots()}>
          {ex(language, 'compareTwo')}
        </button>
      </div>
      {comparison !== null && (
        <>
          <p className="compare-since">{ex(language, 'compareSince', comparison.since)}</p>
          <div className="compare-actions">
            {marked ? (
              <button type="button" onClick={hideChangeMarks}>
                {ex(language, 'hideMarks')}
              </button>
            ) : (
              <button type="button" onClick={showChangesOnCanvas} data-testid="compare-show">
                {ex(language, 'showOnCanvas')}
              </button>
            )}
            <button type="button" onClick={closeComparison}>
              {ex(language, 'clearComparison')}
            </button>
          </div>
          <ChangeList comparison={comparison} language={language} />
        </>
      )}
    </section>
  );
}
