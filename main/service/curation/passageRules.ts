// The rules a user addition must keep before it is stored: its citation is read from the stored
// document (so a quote can never say what the document does not), a relation's ends exist, and its
// kind allows the ends' kinds as the ontology says.
import { AppError, isUserNodeId, type Passage, type UserNodeRecord } from '../../../shared/contract';
import { RELATION_KIND_INFO, type NodeKind, type RelationKind } from '../../../shared/ontology';
import type { DocumentStore } from '../../store/documentStore';
import type { CurationStore } from '../../store/curationStore';
import type { GraphStore } from '../../store/graphStore';

/** The passage with its quote read from the document's text. */
export function readPassage(documents: DocumentStore, passage: Passage): Passage & { quote: string } {
  const doc = documents.get(passage.documentId);
  if (doc === null) {
    throw new AppError('NOT_FOUND', `No document with id "${passage.documentId}" exists.`, 'citation.documentId');
  }
  if (passage.end > doc.text.length) {
    throw new AppError(
      'INVALID_INPUT',
      `The passage ends at ${String(passage.end)}, past the end of "${doc.title}" (${String(doc.text.length)} characters).`,
      'citation.end',
    );
  }
  return { ...passage, quote: doc.text.slice(passage.start, passage.end) };
}

/** The kind of an existing node, bundle or live user node; NOT_FOUND naming the id otherwise. */
export function kindOfEnd(graph: GraphStore, curation: CurationStore, id: string, field: string): NodeKind {
  if (isUserNodeId(id)) {
    const node: UserNodeRecord | null = liveNode(curation, id);
    if (node !== null) return node.kind;
  } else {
    const row = graph.explorer.nodeRow(id);
    if (row !== undefined) return row.kind as NodeKind;
  }
  throw new AppError('NOT_FOUND', `No node with id "${id}" exists.`, field);
}

/** Refuses a relation kind that cannot run between these kinds of node. */
export function checkRelationKind(kind: RelationKind, from: NodeKind, to: NodeKind): void {
  const info = RELATION_KIND_INFO[kind];
  if (info.from.includes(from) && info.to.includes(to)) return;
  throw new AppError(
    'INVALID_INPUT',
    `A "${kind}" relation cannot run from a ${from} to a ${to}: it runs from ${info.from.join(', ')} to ${info.to.join(', ')}.`,
    'kind',
  );
}

export function liveNode(curation: CurationStore, id: string): UserNodeRecord | null {
  const node = curation.node(id);
  return node === null || node.deletedAt !== null ? null : node;
}
