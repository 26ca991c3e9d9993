// The source viewer for one of the user's own documents: its text page by page (page numbers as the
// PDF prints them), every mention highlighted in its kind's colour and opening its node, the passage
// it was opened at highlighted and in view, and beside it the actors the document mentions. A modal
// dialog like the letter's: it takes and keeps the focus, and the names are one tab stop.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentMention, Language } from '../../../../shared/contract';
import { NODE_KIND_INFO } from '../../../../shared/ontology';
import { dx, kindLabel } from '../../i18n/documentStrings';
import { errorText } from '../../i18n/errorText';
import { t } from '../../i18n/strings';
import { closeSource, openNode } from '../../state/actions';
import { loadUserDocument, type LoadedDocument } from '../../state/documentActions';
import { useAtlas } from '../../state/store';
import { moveRoving } from '../useRovingFocus';
import { PassageButtons, passageKey, SelectionToolbar } from '../curation/PassageTools';
import { keyboardSelect } from '../curation/keyboardSelection';
import { usePickedPassage } from '../curation/usePickedPassage';
import { DocumentSwitcher } from './DocumentSwitcher';
import { documentPages, type PageView, type Run } from './documentSegments';
import { MentionsPanel } from './MentionsPanel';
import { MENTION_STOPS, useFocusedPassage } from './useFocusedPassage';
import { useRevealedPages } from './useRevealedPages';
import { useViewerDialog } from './useViewerDialog';
import './documents.css';

type Labels = ReadonlyMap<string, string>;

const NO_MENTIONS: readonly DocumentMention[] = [];

export function DocumentViewer() {
  const view = useAtlas((s) => s.sourceView);
  const language = useAtlas((s) => s.language);
  const [loaded, setLoaded] = useState<{ id: string; data: LoadedDocument | null; failed: unknown } | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const { dialog, titleId, helpId, trap } = useViewerDialog();
  const id = view?.sourceId ?? null;

  useEffect(() => {
    if (id === null) return;
    let current = true;
    loadUserDocument(id).then(
      (data) => current && setLoaded({ id, data, failed: null }),
      (failed: unknown) => current && setLoaded({ id, data: null, failed }),
    );
    return () => {
      current = false;
    };
  }, [id]);

  const data = loaded?.id === id ? loaded.data : null;
  const focus = view?.focus ?? null;
  const pages = useMemo(
    () =>
      data === null ? null : documentPages(data.document.text, data.document.pages, data.mentions.mentions, focus),
    [data, focus],
  );
  const labels: Labels = useMemo(
    () => new Map((data?.mentions.nodes ?? []).map((n) => [n.nodeId, n.label[language]])),
    [data, language],
  );
  const revealed = useRevealedPages(pages);
  useFocusedPassage(body, pages);
  // A selected passage becomes a node or relation (curation), cited by its offsets.
  const { picked, read } = usePickedPassage(body, data?.document ?? null, data?.mentions.mentions ?? NO_MENTIONS);

  if (view === null || id === null) return null;
  const doc = data?.document ?? null;
  const numbered = doc !== null && (doc.format === 'pdf' || doc.pages.length > 1);
  return (
    <section
      ref={dialog}
      className="source-viewer document-viewer"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={helpId}
      tabIndex={-1}
      onKeyDown={trap}
      data-testid="source-viewer"
    >
      <header>
        <h2 id={titleId}>
          <span className="visually-hidden">{t(language, 'sourceViewer')}: </span>
          <bdi>{doc?.title ?? t(language, 'loading')}</bdi>
        </h2>
        <DocumentSwitcher current={id} currentTitle={doc?.title ?? id} language={language} />
        {doc !== null && <PassageButtons read={read} language={language} />}
        <button type="button" onClick={closeSource} aria-label={t(language, 'closeSource')}>
          ×
        </button>
      </header>
      {loaded !== null && loaded.failed !== null && <p role="alert">{errorText(language, loaded.failed)}</p>}
      {doc !== null && (
        <p className="source-meta">
          {[doc.author, doc.date, kindLabel(language, doc.kind), doc.fileName].filter((x) => x !== null).join(' · ')}
        </p>
      )}
      <p id={helpId} className="visually-hidden">
        {dx(language, 'documentMentionsHelp')}
      </p>
      <div className="document-columns">
        <div
          className="source-body"
          ref={body}
          tabIndex={0}
          onKeyDown={(event) => {
            if (body.current === null) return;
            // Shift+arrows select text (curation), N and R act on the selection; plain arrows move among the names.
            if (keyboardSelect(body.current, event) !== null) return;
            if (!event.ctrlKey && !event.altKey && !event.metaKey && passageKey(event.key, read())) {
              event.preventDefault();
              return;
            }
            moveRoving(body.current, MENTION_STOPS, event);
          }}
        >
          {pages?.map((page, index) =>
            revealed(index) ? (
              <PageText
                key={page.number}
                page={page}
                numbered={numbered}
                documentLanguage={doc?.language ?? null}
                labels={labels}
                language={language}
              />
            ) : (
              <section
                key={page.number}
                className="document-page document-page-pending"
                aria-label={dx(language, 'page', page.number)}
                aria-busy="true"
              />
            ),
          )}
        </div>
        <SelectionToolbar picked={picked} language={language} />
        {data !== null && <MentionsPanel mentions={data.mentions} language={language} />}
      </div>
    </section>
  );
}

/**
 * One page of the text. Memoised: drawing the next pages (useRevealedPages) leaves the pages already
 * drawn alone, so each step costs its own pages, not the whole document again.
 */
const PageText = memo(function PageText({
  page,
  numbered,
  documentLanguage,
  labels,
  language,
}: {
  readonly page: PageView;
  readonly numbered: boolean;
  readonly documentLanguage: Language | null;
  readonly labels: Labels;
  readonly language: Language;
}) {
  return (
    <section className="document-page" aria-label={dx(language, 'page', page.number)}>
      {numbered && (
        <p className="page-number" data-page={page.number}>
          {dx(language, 'page', page.number)}
        </p>
      )}
      {/* The document's own words, in its language (read aloud right, never taken for the UI's). */}
      {page.paragraphs.map((runs) => (
        <p key={runs[0]?.start ?? 0} lang={documentLanguage ?? undefined}>
          {renderRuns(runs, labels, language)}
        </p>
      ))}
    </section>
  );
});

function renderRuns(runs: readonly Run[], labels: Labels, language: Language) {
  return runs.map((run) => {
    const key = `${String(run.start)}-${String(run.end)}`;
    const content = run.focused ? (
      <mark className="focus" data-focused="true" tabIndex={-1}>
        {run.text}
      </mark>
    ) : (
      run.text
    );
    // Each run carries its offsets: a selection in it maps back into the document's text (curation).
    const offsets = { 'data-start': run.start, 'data-end': run.end };
    if (run.mention === null)
      return (
        <span key={key} {...offsets}>
          {content}
        </span>
      );
    const { nodeId, kind } = run.mention;
    const info = NODE_KIND_INFO[kind];
    return (
      <button
        key={key}
        type="button"
        className="mention"
        tabIndex={-1}
        style={{ borderBottomColor: info.colour, backgroundColor: `${info.colour}33` }}
        title={`${labels.get(nodeId) ?? nodeId} (${info.label[language]})`}
        data-node-id={nodeId}
        {...offsets}
        onClick={() => void openNode(nodeId)}
      >
        {content}
      </button>
    );
  });
}
