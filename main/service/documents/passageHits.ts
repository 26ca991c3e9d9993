// Search hits as the contract gives them: the passage's text with the matched words as ranges,
// read from the \u0001 … \u0002 markers FTS5's highlight() put around them.
import type { DocumentPassage } from '../../../shared/contract';
import type { PassageHit } from '../../store/documentStore';

export function toPassage(hit: PassageHit): DocumentPassage {
  const highlights: { start: number; end: number }[] = [];
  let text = '';
  let open = -1;
  for (const c of hit.marked) {
    if (c === '\u0001') open = text.length;
    else if (c === '\u0002') {
      if (open >= 0 && text.length > open) highlights.push({ start: open, end: text.length });
      open = -1;
    } else text += c;
  }
  return {
    documentId: hit.documentId,
    title: hit.title,
    page: hit.page,
    start: hit.start,
    end: hit.start + text.length,
    text,
    highlights,
  };
}
