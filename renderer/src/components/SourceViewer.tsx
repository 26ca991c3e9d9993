// The source viewer: the letter as readable paragraphs, every mention highlighted in its kind's
// colour and clickable (opens that node), the cited passage highlighted and scrolled into view. It is a
// modal dialog: it takes the focus (the cited passage), keeps it, and gives it back on closing. The
// letter's names are one tab stop (arrows move between them), and only the letter scrolls, never the
// window around it.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Language, SourceDocument } from '../../../shared/contract';
import { NODE_KIND_INFO } from '../../../shared/ontology';
import { errorText } from '../i18n/errorText';
import { t } from '../i18n/strings';
import { letterParagraphs, type Segment } from '../source/letterParagraphs';
import { closeSource, loadSource, openNode } from '../state/actions';
import { isUserDocument } from '../state/documentActions';
import { useAtlas } from '../state/store';
import { tx } from '../i18n/explorerStrings';
import { moveRoving } from './useRovingFocus';
import { DocumentSwitcher } from './documents/DocumentSwitcher';
import { DocumentViewer } from './documents/DocumentViewer';
import { useFocusedPassage } from './documents/useFocusedPassage';
import { useViewerDialog } from './documents/useViewerDialog';

/** What the roving focus moves between: the names and the footnote references. */
const STOPS = 'button.mention, sup a';

export function SourceViewer() {
  const view = useAtlas((s) => s.sourceView);
  // The user's own documents have pages, no footnotes and their own mentions panel: their own dialog.
  if (view === null) return null;
  return isUserDocument(view.sourceId) ? <DocumentViewer /> : <SourceDialog />;
}

function SourceDialog() {
  const view = useAtlas((s) => s.sourceView);
  const language = useAtlas((s) => s.language);
  const [loaded, setLoaded] = useState<{ id: string; doc: SourceDocument | null; failed: unknown } | null>(null);
  // The failure is kept as it came and worded at render, by its code, in the language shown now.
  const bodyRef = useRef<HTMLDivElement>(null);
  const { dialog, titleId, helpId, trap } = useViewerDialog();
  const sourceId = view?.sourceId ?? null;

  useEffect(() => {
    if (sourceId === null) return;
    let current = true;
    loadSource(sourceId).then(
      (doc) => {
        if (current) setLoaded({ id: sourceId, doc, failed: null });
      },
      (error: unknown) => {
        if (current) setLoaded({ id: sourceId, doc: null, failed: error });
      },
    );
    return () => {
      current = false;
    };
  }, [sourceId]);

  const doc = loaded !== null && loaded.id === sourceId ? loaded.doc : null;
  const letter = useMemo(
    () => (doc === null ? null : letterParagraphs(doc.text, doc.mentions, view?.focus ?? null)),
    [doc, view?.focus],
  );

  useFocusedPassage(bodyRef, letter, STOPS);

  if (view === null) return null;
  return (
    <section
      ref={dialog}
      className="source-viewer"
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
          {doc?.title[language] ?? t(language, 'loading')}
        </h2>
        {sourceId !== null && (
          <DocumentSwitcher current={sourceId} currentTitle={doc?.title[language] ?? sourceId} language={language} />
        )}
        <button type="button" onClick={closeSource} aria-label={t(language, 'closeSource')}>
          ×
        </button>
      </header>
      {loaded !== null && loaded.failed !== null && <p role="alert">{errorText(language, loaded.failed)}</p>}
      {doc !== null && (
        <p className="source-meta">
          {[doc.author, doc.date, doc.reference].filter((x) => x !== null && x !== '').join(' · ')}
        </p>
      )}
      <p id={helpId} className="visually-hidden">
        {tx(language, 'mentionsHelp')}
      </p>
      <div
        className="source-body"
        ref={bodyRef}
        tabIndex={0}
        onKeyDown={(event) => {
          if (bodyRef.current !== null) moveRoving(bodyRef.current, STOPS, event);
        }}
      >
        {letter?.paragraphs.map((p, i) =>
          p.isHeading ? (
            <h3 key={i}>{renderSegments(p.segments, language)}</h3>
          ) : (
            <p key={i} className={p.isListItem ? 'list-item' : undefined}>
              {renderSegments(p.segments, language)}
            </p>
          ),
        )}
        {letter !== null && letter.footnotes.length > 0 && (
          <ol className="footnotes" aria-label={t(language, 'footnotes')}>
            {letter.footnotes.map((note) => (
              <li key={note.number} id={`fn-${String(note.number)}`} value={note.number}>
                {renderSegments(note.segments, language)}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

function renderSegments(segments: readonly Segment[], language: Language) {
  return segments.map((s) => {
    const key = `${String(s.start)}-${String(s.end)}`;
    if (s.footnote !== null) {
      return (
        <sup key={key}>
          <a href={`#fn-${String(s.footnote)}`} tabIndex={-1}>
            {s.text}
          </a>
        </sup>
      );
    }
    const content = s.focused ? (
      <mark className="focus" data-focused="true" tabIndex={-1}>
        {s.text}
      </mark>
    ) : (
      s.text
    );
    if (s.mention === null) return <span key={key}>{content}</span>;
    const { nodeId, kind } = s.mention;
    const info = NODE_KIND_INFO[kind];
    return (
      <button
        key={key}
        type="button"
        className="mention"
        tabIndex={-1}
        style={{ borderBottomColor: info.colour, backgroundColor: `${info.colour}33` }}
        title={info.label[language]}
        data-node-id={nodeId}
        onClick={() => void openNode(nodeId)}
      >
        {content}
      </button>
    );
  });
}
