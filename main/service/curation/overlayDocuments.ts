// node.documents with the user's additions: a user node's own passage, and the passages of the user
// relations touching a node, count as citations of the user documents they come from.
import type { NodeDocumentRef, Passage } from '../../../shared/contract';
import type { DocumentStore } from '../../store/documentStore';
import { relationsOf, type UserGraph } from './userGraph';

export function withUserCitations(
  refs: readonly NodeDocumentRef[],
  view: UserGraph,
  documents: DocumentStore,
  id: string,
): NodeDocumentRef[] {
  const own = view.nodes.get(id);
  const cited: Passage[] = [
    ...(own === undefined ? [] : [own.citation]),
    ...relationsOf(view, id).map((r) => r.citation),
  ];
  const byDocument = new Map<string, Passage[]>();
  for (const passage of cited)
    byDocument.set(passage.documentId, [...(byDocument.get(passage.documentId) ?? []), passage]);
  const result = [...refs];
  for (const [documentId, passages] of byDocument) {
    const doc = documents.get(documentId);
    if (doc === null) continue;
    const earliest = [...passages].sort((a, b) => a.start - b.start)[0];
    if (earliest === undefined) continue;
    const page = doc.pages.find((p) => earliest.start >= p.start && earliest.start < p.end)?.number ?? 1;
    const at = result.findIndex((r) => r.origin === 'user' && r.documentId === documentId);
    const known = result[at];
    const first =
      known?.first !== undefined && known.first !== null && known.first.start <= earliest.start
        ? known.first
        : { start: earliest.start, end: earliest.end, page };
    const ref: NodeDocumentRef = {
      documentId,
      origin: 'user',
      title: known?.title ?? { nl: doc.title, en: doc.title },
      date: known?.date ?? doc.date,
      mentionCount: known?.mentionCount ?? 0,
      citationCount: (known?.citationCount ?? 0) + passages.length,
      first,
    };
    if (known === undefined) result.push(ref);
    else result[at] = ref;
  }
  return result;
}
