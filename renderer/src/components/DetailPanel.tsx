// The side panel: for a node its labels, description, kind, status, dates, attributes, relations by
// kind and direction, and every citation with its quote; for a relation its kind, ends, status, dates,
// note and citations. A quote opens the source text at the cited passage. When what had the focus
// goes away with the old details (a relation row, a status badge), the new heading takes it, so the
// keyboard never drops to <body>.
import { useEffect, useRef } from 'react';
import {
  isUserDocumentId,
  type AttributeValue,
  type Citation,
  type DateMap,
  type Language,
} from '../../../shared/contract';
import { NODE_KIND_INFO, RELATION_KIND_INFO, STATUS_INFO } from '../../../shared/ontology';
import { datesText } from '../i18n/dateWords';
import { ta } from '../i18n/additionStrings';
import { tx } from '../i18n/explorerStrings';
import { t } from '../i18n/strings';
import { addNode, openSource } from '../state/actions';
import { useAtlas } from '../state/store';
import { UnverifiedDetail, VerificationNote } from './export/VerificationNote';
import { DetailTimeNote, HiddenByYear, useDetailHolding } from './DetailTimeNote';
import { KindIcon } from './KindIcon';
import { RelationList } from './RelationList';
import { NodeDocuments } from './documents/NodeDocuments';
import { OwnAddition } from './curation/OwnAddition';
import { UserNoteEditor } from './curation/UserNoteEditor';
import { attributeLabel, attributeValueText } from '../i18n/attributeWords';
import { relationPhrase } from '../i18n/relationPhrase';

export function DetailPanel() {
  const detail = useAtlas((s) => s.detail);
  const language = useAtlas((s) => s.language);
  const nodes = useAtlas((s) => s.nodes);
  const { year, holding } = useDetailHolding(detail);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) heading.current?.focus({ preventScroll: true });
  }, [detail]);
  // An element only an opened snapshot knows has no dataset details: the snapshot's words, marked.
  if (detail === null) return <UnverifiedDetail language={language} />;
  if (detail.type === 'node') {
    const { node, relations } = detail;
    const other = language === 'nl' ? 'en' : 'nl';
    if (holding === 'not' && year !== undefined) return <Hidden year={year} language={language} />;
    return (
      <aside className="detail" aria-label={t(language, 'detailPanel')} data-testid="detail-panel">
        <h2 ref={heading} tabIndex={-1}>
          {/* <bdi>: data text is a bidi isolate, so an override in a label cannot reorder what stands beside it. */}
          <KindIcon kind={node.kind} size={16} /> <bdi>{node.label[language]}</bdi>
        </h2>
        <VerificationNote type="node" id={node.id} />
        <DetailTimeNote holding={holding} year={year} provenance={node.provenance} language={language} />
        {node.label[other] !== node.label[language] && (
          <p className="other-label" lang={other}>
            <bdi>{node.label[other]}</bdi>
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
              <dd>{node.aliases.map((a, i) => [i > 0 && ' · ', <bdi key={a}>{a}</bdi>])}</dd>
            </>
          )}
          <DateRows dates={node.dates} language={language} />
          <AttributeRows attributes={node.attributes} language={language} />
        </dl>
        <p className="description">{node.description[language]}</p>
        {node.provenance === 'user' && (
          <OwnAddition element={{ type: 'node', node }} label={node.label[language]} language={language} />
        )}
        {relations !== null && <RelationList centreId={node.id} hood={relations} language={language} />}
        <Citations citations={node.citations} language={language} />
        {/* After the sources: the user's words follow the facts, and the keyboard reaches the facts first. */}
        <UserNoteEditor key={node.id} targetId={node.id} note={node.userNote} language={language} />
        <NodeDocuments nodeId={node.id} language={language} />
      </aside>
    );
  }
  const { edge } = detail;
  const label = (id: string): string => nodes.get(id)?.label[language] ?? id;
  if (holding === 'not' && year !== undefined) return <Hidden year={year} language={language} />;
  return (
    <aside className="detail" aria-label={t(language, 'detailPanel')} data-testid="detail-panel">
      <h2 ref={heading} tabIndex={-1}>
        <bdi>{label(edge.source)}</bdi> — {RELATION_KIND_INFO[edge.kind].label[language]} →{' '}
        <bdi>{label(edge.target)}</bdi>
      </h2>
      <VerificationNote type="edge" id={edge.id} />
      <DetailTimeNote holding={holding} year={year} provenance={edge.provenance} language={language} />
      <dl>
        <dt>{t(language, 'kind')}</dt>
        <dd data-testid="detail-kind">{RELATION_KIND_INFO[edge.kind].label[language]}</dd>
        <dt>{t(language, 'status')}</dt>
        <dd>{STATUS_INFO[edge.status].label[language]}</dd>
        <DateRows dates={edge.dates} language={language} />
      </dl>
      {edge.note !== null && (
        <p className="description">
          <strong>{tx(language, 'note')}:</strong> {edge.note[language]}
        </p>
      )}
      {edge.provenance === 'user' && (
        <OwnAddition
          element={{ type: 'edge', edge }}
          label={relationPhrase(label(edge.source), edge.kind, label(edge.target), language)}
          language={language}
        />
      )}
      <Citations citations={edge.citations} language={language} />
      <UserNoteEditor key={edge.id} targetId={edge.id} note={edge.userNote} language={language} />
      <p className="relation-ends">
        {[edge.source, edge.target].map((id) => (
          <button key={id} type="button" className="link" onClick={() => void addNode(id)}>
            {tx(language, 'showOnCanvas', label(id))}
          </button>
        ))}
      </p>
    </aside>
  );
}

/** A node or relation the applied year hides: the panel says so and shows none of its details. */
function Hidden({ year, language }: { readonly year: number; readonly language: Language }) {
  return (
    <aside className="detail" aria-label={t(language, 'detailPanel')} data-testid="detail-panel">
      <HiddenByYear year={year} language={language} />
    </aside>
  );
}

function DateRows({ dates, language }: { readonly dates: DateMap; readonly language: Language }) {
  const text = datesText(dates, language);
  if (text === '') return null;
  return (
    <>
      <dt>{t(language, 'dates')}</dt>
      <dd>{text}</dd>
    </>
  );
}

function AttributeRows({
  attributes,
  language,
}: {
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly language: Language;
}) {
  return (
    <>
      {Object.entries(attributes).map(([key, value]) => (
        <div key={key} className="attribute">
          <dt>{attributeLabel(key, language)}</dt>
          <dd>{attributeValueText(value, language)}</dd>
        </div>
      ))}
    </>
  );
}

function Citations({ citations, language }: { readonly citations: readonly Citation[]; readonly language: Language }) {
  const documents = useAtlas((s) => s.documents);
  return (
    <section className="citations">
      <h3>{t(language, 'sources')}</h3>
      <ul>
        {citations.map((c) => {
          // A passage of one of the user's own documents says which one: it is not the letter.
          const own = isUserDocumentId(c.sourceId) ? (documents?.find((d) => d.id === c.sourceId) ?? null) : undefined;
          return (
            <li key={`${c.sourceId}:${String(c.start)}`}>
              <button
                type="button"
                className="citation"
                data-testid="citation-quote"
                onClick={() => {
                  openSource(c.sourceId, c.start, c.end);
                }}
              >
                {own !== undefined && (
                  <span className="citation-document" data-testid="citation-document">
                    <bdi>{own?.title ?? ta(language, 'ownDocument')}</bdi>
                    {own !== null && ` (${ta(language, 'ownDocument')})`}
                  </span>
                )}
                <q lang={own === undefined ? 'nl' : (own?.language ?? undefined)}>{c.quote}</q>
                <span className="citation-open">{t(language, 'openInSource')} →</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
