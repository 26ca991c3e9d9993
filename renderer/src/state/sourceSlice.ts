// Which source document the viewer shows, and which passage it scrolls to and highlights.
import type { TextRange } from '../../../shared/text/letterLayout';

export interface SourceView {
  readonly sourceId: string;
  /** The cited passage to scroll to and highlight, in raw offsets; null opens the top. */
  readonly focus: TextRange | null;
}

export interface SourceSlice {
  readonly sourceView: SourceView | null;
}

export const initialSource: SourceSlice = { sourceView: null };

export const openSourceView =
  (sourceId: string, focus: TextRange | null) =>
  <S extends SourceSlice>(state: S): S => ({ ...state, sourceView: { sourceId, focus } });

export const closeSourceView =
  () =>
  <S extends SourceSlice>(state: S): S => ({ ...state, sourceView: null });
