// Follows the text selection in the document viewer: the passage it covers (offsets into the
// document's text, tidied of white space at its ends, with the nodes it mentions) and where it is
// on screen for the toolbar. A selection moving out of the text (focus going to a button) keeps the
// last passage, so the header's buttons still act on it; a click in the text clears it. The browser
// reports selection changes a moment late, so an action reads the selection afresh (`read`).
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

/** The passage selected in `root` now: a passage, null when the selection there is empty, undefined when it is elsewhere. */
function pickNow(
  root: HTMLElement,
  doc: UserDocument,
  mentions: readonly DocumentMention[],
): PickedPassage | null | undefined {
  const selection = root.ownerDocument.getSelection();
  if (selection === null) return undefined;
  const anchor = selection.anchorNode;
  const offsets = selectedRange(root, selection);
  const tidy = offsets === null ? null : tidyPassage(doc.text, offsets);
  if (tidy === null) return anchor !== null && root.contains(anchor) ? null : undefined;
  const range = selection.getRangeAt(0);
  // Where a layout engine places the selection; without one (jsdom, no layout) there is no toolbar to place.
  const box = 'getBoundingClientRect' in range ? range.getBoundingClientRect() : null;
  const at = box === null ? null : { top: box.bottom + 4, left: box.left };
  return { passage: passageDraft(doc, mentions, tidy.start, tidy.end), at };
}

export interface Picking {
  readonly picked: PickedPassage | null;
  /** The passage selected at this moment (or the last one, when the selection has left the text). */
  readonly read: () => PassageDraft | null;
}

export function usePickedPassage(
  body: RefObject<HTMLElement | null>,
  doc: UserDocument | null,
  mentions: readonly DocumentMention[],
): Picking {
  const [picked, setPicked] = useState<PickedPassage | null>(null);
  useEffect(() => {
    const root = body.current;
    if (doc === null || root === null) return;
    const follow = (): void => {
      const now = pickNow(root, doc, mentions);
      // Elsewhere (a button took the focus): the last passage stays for the buttons, without its toolbar.
      setPicked((last) => (now === undefined ? (last === null ? null : { ...last, at: null }) : now));
    };
    const owner = root.ownerDocument;
    owner.addEventListener('selectionchange', follow);
    root.addEventListener('scroll', follow);
    return () => {
      owner.removeEventListener('selectionchange', follow);
      root.removeEventListener('scroll', follow);
    };
  }, [body, doc, mentions]);
  // A passage picked in the document shown before is not this one's.
  const current = picked !== null && picked.passage.documentId === doc?.id ? picked : null;
  const read = (): PassageDraft | null => {
    const root = body.current;
    const now = root === null || doc === null ? undefined : pickNow(root, doc, mentions);
    return now === undefined ? (current?.passage ?? null) : (now?.passage ?? null);
  };
  return { picked: current, read };
}
