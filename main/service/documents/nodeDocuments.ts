// Every document that mentions or cites a node: the bundled sources (mentions found at build time,
// the node's citations) and the user's own documents (mentions found at import). Citations from the
// user's documents arrive with curation; until then a user document's citationCount is 0.
import { AppError, type NodeDocumentRef } from '../../../shared/contract';
import type { GraphStore } from '../../store/graphStore';
import type { DocumentStore } from '../../store/documentStore';

/**
 * `ownNode`: the id is a live node the user made, which only the user's documents can mention (its
 * citations are added by the curation overlay); any other id must be the bundle's.
 */
export function nodeDocuments(
  graph: GraphStore,
  documents: DocumentStore,
  id: string,
  ownNode = false,
): NodeDocumentRef[] {
  const node = ownNode ? null : graph.node(id);
  if (node === null && !ownNode) throw new AppError('NOT_FOUND', `No node with id "${id}" exists.`);
  const refs: NodeDocumentRef[] = [];
  for (const meta of node === null ? [] : graph.info().sources) {
    const source = graph.source(meta.id);
    if (source === null) continue;
    const ranges = [
      ...source.mentions.filter((m) => m.nodeId === id),
      ...(node?.citations.filter((c) => c.sourceId === meta.id) ?? []),
    ].sort((a, b) => a.start - b.start);
    const first = ranges[0];
    if (first === undefined) continue;
    const citationCount = node?.citations.filter((c) => c.sourceId === meta.id).length ?? 0;
    refs.push({
      documentId: meta.id,
      origin: 'bundle',
      title: meta.title,
      date: meta.date,
      mentionCount: ranges.length - citationCount,
      citationCount,
      first: { start: first.start, end: first.end, page: pageAt(source.text, first.start) },
    });
  }
  for (const doc of documents.mentioning(id)) {
    refs.push({
      documentId: doc.documentId,
      origin: 'user',
      title: { nl: doc.title, en: doc.title },
      date: doc.date,
      mentionCount: doc.count,
      citationCount: 0,
      first: { start: doc.start, end: doc.end, page: doc.page },
    });
  }
  return refs;
}

/** Pages of a bundled source, where it marks them with form feeds as the user's documents do; else page 1. */
function pageAt(text: string, offset: number): number {
  let page = 1;
  for (let at = text.indexOf('\f'); at !== -1 && at < offset; at = text.indexOf('\f', at + 1)) page += 1;
  return page;
}
