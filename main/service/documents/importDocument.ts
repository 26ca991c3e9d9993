// One import, start to end: decode the bytes, skip a file already imported, extract its text and
// metadata, find the mentions, cut the passages, and store it all in one transaction. A refusal at
// any step stores nothing.
import { createHash } from 'node:crypto';
import type { DocumentImportResult, ImportProgress, ParsedInput } from '../../../shared/contract';
import { checkFile, extractDocument } from '../../documents/extractDocument';
import { guessKind, guessLanguage } from '../../documents/guessMetadata';
import { pageOf, splitPassages } from '../../documents/passages';
import type { DocumentStore, StoredMention } from '../../store/documentStore';
import type { DocumentPage } from '../../../shared/contract';
import type { NodeCatalogue } from './nodeCatalogue';

export interface ImportDeps {
  readonly store: DocumentStore;
  readonly catalogue: () => NodeCatalogue;
  readonly now: () => Date;
  readonly report: (progress: ImportProgress) => void;
}

export async function importDocument(
  deps: ImportDeps,
  { fileName, data }: ParsedInput<'document.import'>,
): Promise<DocumentImportResult> {
  deps.report({ phase: 'reading', done: 0, total: 0 });
  const bytes = new Uint8Array(Buffer.from(data, 'base64'));
  // A file already imported is only recognised once its name and bytes pass the checks a new one must.
  checkFile(fileName, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const earlier = deps.store.idBySha256(sha256);
  const earlierSummary = earlier === null ? null : deps.store.summary(earlier);
  if (earlierSummary !== null) return { document: earlierSummary, alreadyImported: true };

  const extracted = await extractDocument(fileName, bytes, (done, total) => {
    deps.report({ phase: 'extracting', done, total });
  });
  deps.report({ phase: 'mentions', done: 0, total: 0 });
  const catalogue = deps.catalogue();
  const mentions = findMentions(catalogue, extracted.text, extracted.pages);
  deps.report({ phase: 'storing', done: 0, total: 0 });
  const title = extracted.title ?? fileName.replace(/\.[A-Za-z0-9]+$/, '');
  const id = `user-doc-${sha256.slice(0, 16)}`;
  const isNew = deps.store.insert(
    {
      id,
      title,
      author: extracted.author,
      date: extracted.date,
      kind: guessKind(`${title} ${fileName}`),
      language: guessLanguage(extracted.text),
      format: extracted.format,
      fileName,
      byteSize: bytes.byteLength,
      sha256,
      pages: extracted.pages,
      text: extracted.text,
      importedAt: deps.now().toISOString(),
    },
    mentions,
    catalogue.version,
    splitPassages(extracted.text, extracted.pages),
  );
  const stored = deps.store.summary(id);
  if (stored === null) throw new Error(`The document ${id} was stored but cannot be read back.`);
  return { document: stored, alreadyImported: !isNew };
}

/** Mentions of the catalogue's nodes in a text, each with its page. */
export function findMentions(catalogue: NodeCatalogue, text: string, pages: readonly DocumentPage[]): StoredMention[] {
  return catalogue.index.find(text).map((m) => ({ ...m, page: pageOf(pages, m.start) }));
}
