// The form's rules, pure so they are tested without a DOM: which relation kinds the ontology allows
// between two kinds of node, and how a selected passage is tidied before it becomes a citation.
import { RELATION_KINDS, RELATION_KIND_INFO, type NodeKind, type RelationKind } from '../../../../shared/ontology';

/** The kinds whose from/to admit these ends, in the ontology's order (the letter's own first). */
export function allowedRelationKinds(from: NodeKind, to: NodeKind): RelationKind[] {
  return RELATION_KINDS.filter((kind) => {
    const info = RELATION_KIND_INFO[kind];
    return info.from.includes(from) && info.to.includes(to);
  });
}

/** The longest passage the contract accepts as a citation. */
export const MAX_PASSAGE = 5000;

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * A selection tidied into a citation: white space at either end dropped (a double click takes the
 * space after a word), null when nothing but white space is left.
 */
export function tidyPassage(text: string, range: TextRange): TextRange | null {
  let { start, end } = range;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  return end > start ? { start, end } : null;
}
