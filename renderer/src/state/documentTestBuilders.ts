// Builders for the document workbench's component tests: a summary, a user document with pages, its
// mentions, as the contract promises them.
import type { DocumentMention, DocumentMentions, DocumentSummary, UserDocument } from '../../../shared/contract';

export function aDocumentSummary(overrides: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id: 'user-doc-1',
    title: 'Raadsconclusies over politiesamenwerking',
    author: null,
    date: '2025',
    kind: 'other',
    language: 'nl',
    format: 'pdf',
    fileName: 'conclusies.pdf',
    byteSize: 4096,
    pageCount: 2,
    charCount: 120,
    mentionCount: 3,
    importedAt: '2026-12-03T12:00:00.000Z',
    updatedAt: '2026-12-03T12:00:00.000Z',
    ...overrides,
  };
}

const PAGE_ONE = 'Europol en Interpol werken samen.\n\nEuropol deelt informatie.';
const PAGE_TWO = 'Op pagina twee noemt de Raad Europol opnieuw.';

/** A two-page PDF's text: pages joined by a form feed, as the contract says. */
export function aUserDocument(): UserDocument {
  const text = `${PAGE_ONE}\f${PAGE_TWO}`;
  const two = PAGE_ONE.length + 1;
  return {
    ...aDocumentSummary({ charCount: text.length }),
    text,
    pages: [
      { number: 1, start: 0, end: PAGE_ONE.length },
      { number: 2, start: two, end: text.length },
    ],
  };
}

const mention = (nodeId: string, text: string, word: string, from: number, page: number): DocumentMention => {
  const start = text.indexOf(word, from);
  return { nodeId, kind: 'international-organisation', start, end: start + word.length, page };
};

export function itsMentions(doc: UserDocument): DocumentMentions {
  const { text } = doc;
  const two = doc.pages[1]?.start ?? 0;
  return {
    documentId: doc.id,
    mentions: [
      mention('europol', text, 'Europol', 0, 1),
      mention('interpol', text, 'Interpol', 0, 1),
      mention('europol', text, 'Europol', 10, 1),
      mention('europol', text, 'Europol', two, 2),
    ],
    nodes: [
      { nodeId: 'europol', kind: 'international-organisation', label: { nl: 'Europol', en: 'Europol' }, count: 3 },
      { nodeId: 'interpol', kind: 'international-organisation', label: { nl: 'Interpol', en: 'INTERPOL' }, count: 1 },
    ],
  };
}
