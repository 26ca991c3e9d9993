// The source viewer: the letter as readable paragraphs, every mention highlighted in its kind's
// colour and clickable (opens that node), the cited passage highlighted and scrolled into view.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Language, SourceDocument } from '../../../shared/contract';
import { NODE_KIND_INFO } from '../../../shared/ontology';
import { t } from '../i18n/strings';
import { letterParagraphs, type Segment } from '../source/letterParagraphs';
import { closeSource, loadSource, openNode } from '../state/actions';
import { useAtlas } from '../state/store';

export function SourceViewer() {
  const view = useAtlas((s) => s.sourceView);
  const language = useAtlas((s) => s.language);
  const [loaded, setLoaded] = useState<{ id: string; doc: SourceDocument | null; error: string | null } | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const sourceId = view?.sourceId ?? null;

  useEffect(() => {
    if (sourceId === null) return;
    let current = true;
    loadSource(sourceId).then(
      (doc) => {
        if (current) setLoaded({ id: sourceId, doc, error: null });
      },
      (error: unknown) => {
        if (current)
          setLoaded({ id: sourceId, doc: null, error: error instanceof Error ? error.message : String(error) });
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

  useEffect(() => {
    const focus = bodyRef.current?.querySelector('[data-focused="true"]');
    focus?.scrollIntoView({ block: 'center' });
  }, [letter]);

  useEffect(() => {
    if (view === null) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') closeSource();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view]);

  if (view === null) return null;
  return (
    <section className="source-viewer" aria-label={t(language, 'sourceViewer')} data-testid="source-viewer">
      <header>
        <h2>{doc?.title[language] ?? t(language, 'loading')}</h2>
        <button type="button" onClick={closeSource} aria-label={t(language, 'closeSource')}>
          ×
        </button>
      </header>
      {loaded?.error != null && <p role="alert">{loaded.error}</p>}
      {doc !== null && (
        <p className="source-meta">
          {[doc.author, doc.date, doc.reference].filter((x) => x !== null && x !== '').join(' · ')}
        </p>
      )}
      <div className="source-body" ref={bodyRef} tabIndex={0}>
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
          <a href={`#fn-${String(s.footnote)}`}>{s.text}</a>
        </sup>
      );
    }
    const content = s.focused ? (
      <mark className="focus" data-focused="true">
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
