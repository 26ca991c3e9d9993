// The side panel: labels, kind, status, dates and every citation of the selected node or relation.
import type { Citation, DateMap, Language } from '../../../shared/contract';
import { NODE_KIND_INFO, RELATION_KIND_INFO, STATUS_INFO } from '../../../shared/ontology';
import { t } from '../i18n/strings';
import { openSource } from '../state/actions';
import { useAtlas } from '../state/store';
import { KindMark } from './SearchBox';

export function DetailPanel() {
  const detail = useAtlas((s) => s.detail);
  const language = useAtlas((s) => s.language);
  const nodes = useAtlas((s) => s.nodes);
  if (detail === null) return null;
  if (detail.type === 'node') {
    const { node } = detail;
    const other = language === 'nl' ? 'en' : 'nl';
    return (
      <aside className="detail" aria-label={t(language, 'detailPanel')} data-testid="detail-panel">
        <h2>
          <KindMark kind={node.kind} /> {node.label[language]}
        </h2>
        {node.label[other] !== node.label[language] && (
          <p className="other-label" lang={other}>
            {node.label[other]}
          </p>
        )}
        <dl>
          <dt>{t(language, 'kind')}</dt>
          <dd data-testid="detail-kind">{NODE_KIND_INFO[node.kind].label[language]}</dd>
          {node.status !== null && (
            <>
              <dt>{t(language, 'status')}</dt>
              <dd>{STATUS_INFO[node.status].label[language]}</dd>
            </>
          )}
          {node.aliases.length > 0 && (
            <>
              <dt>{t(language, 'aliases')}</dt>
              <dd>{node.aliases.join(' · ')}</dd>
            </>
          )}
          <DateRows dates={node.dates} language={language} />
        </dl>
        <p className="description">{node.description[language]}</p>
        <Citations citations={node.citations} language={language} />
      </aside>
    );
  }
  const { edge } = detail;
  const label = (id: string): string => nodes.get(id)?.label[language] ?? id;
  return (
    <aside className="detail" aria-label={t(language, 'detailPanel')} data-testid="detail-panel">
      <h2>
        {label(edge.source)} — {RELATION_KIND_INFO[edge.kind].label[language]} → {label(edge.target)}
      </h2>
      <dl>
        <dt>{t(language, 'status')}</dt>
        <dd>{STATUS_INFO[edge.status].label[language]}</dd>
        <DateRows dates={edge.dates} language={language} />
      </dl>
      {edge.note !== null && <p className="description">{edge.note[language]}</p>}
      <Citations citations={edge.citations} language={language} />
    </aside>
  );
}

function DateRows({ dates, language }: { readonly dates: DateMap; readonly language: Language }) {
  const entries = Object.entries(dates);
  if (entries.length === 0) return null;
  return (
    <>
      <dt>{t(language, 'dates')}</dt>
      <dd>{entries.map(([key, value]) => `${key}: ${value}`).join(', ')}</dd>
    </>
  );
}

function Citations({ citations, language }: { readonly citations: readonly Citation[]; readonly language: Language }) {
  return (
    <section className="citations">
      <h3>{t(language, 'sources')}</h3>
      <ul>
        {citations.map((c) => (
          <li key={`${c.sourceId}:${String(c.start)}`}>
            <button
              type="button"
              className="citation"
              data-testid="citation-quote"
              onClick={() => {
                openSource(c.sourceId, c.start, c.end);
              }}
            >
              <q lang="nl">{c.quote}</q>
              <span className="citation-open">{t(language, 'openInSource')} →</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
