// Follows the text selection in the document viewer: the passage it covers (offsets into the
// document's text, tidied of white space at its ends, with the nodes it mentions) and where it is
// on screen for the toolbar. A selection moving out of the text (focus going to a button) keeps the
// last passage, so the header's buttons still act on it; a click in the text clears it.
import { useEffect, useState, type RefObject } from 'react';
import type { DocumentMention, UserDocument } from '../../../../shared/contract';
import type { PassageDraft } from '../../state/curationSlice';
import { tidyPassage } from './curationRules';
import { selectedRange } from './selectionOffsets';

export interface PickedPassage {
  readonly passage: PassageDraft;
  /** Where the selection is on screen, for the toolbar beside it; null once it left the text. */
  readonly at: { readonly top: number; readonly left: number } | null;
}

export function passageDraft(
  doc: UserDocument,
  mentions: readonly DocumentMention[],
  start: number,
  end: number,
): PassageDraft {
  return {
    documentId: doc.id,
    documentTitle: doc.title,
    start,
    end,
    quote: doc.text.slice(start, end),
    mentioned: mentions.filter((m) => m.end > start && m.start < end).map(({ nodeId, kind }) => ({ nodeId, kind })),
  };
}

export function usePickedPassage(
  body: RefObject<HTMLElement | null>,
  doc: UserDocument | null,
  mentions: readonly DocumentMention[],
): PickedPassage | null {
  const [picked, setPicked] = useState<PickedPassage | null>(null);
  useEffect(() => {
    if (doc === null) return;
    const follow = (): void => {
      const root = body.current;
      const selection = root?.ownerDocument.getSelection() ?? null;
      if (root === null || selection === null) return;
      const anchor = selection.anchorNode;
      const inside = anchor !== null && root.contains(anchor);
      const range = selectedRange(root, selection);
      const tidy = range === null ? null : tidyPassage(doc.text, range);
      if (tidy === null) {
        // Collapsed or emptied inside the text: the user moved on. Elsewhere: keep it for the buttons.
        if (inside) setPicked(null);
        else setPicked((last) => (last === null ? null : { ...last, at: null }));
        return;
      }
      const box = selection.getRangeAt(0).getBoundingClientRect();
      setPicked({
        passage: passageDraft(doc, mentions, tidy.start, tidy.end),
        at: { top: box.bottom + 4, left: box.left },
      });
    };
    const owner = body.current?.ownerDocument ?? document;
    owner.addEventListener('selectionchange', follow);
    const scroller = body.current;
    scroller?.addEventListener('scroll', follow);
    return () => {
      owner.removeEventListener('selectionchange', follow);
      scroller?.removeEventListener('scroll', follow);
    };
  }, [body, doc, mentions]);
  // A passage picked in the document shown before is not this one's.
  return picked !== null && picked.passage.documentId === doc?.id ? picked : null;
}
