// Language, the detail shown in the side panel, and the last error to tell the user about.
import type { EdgeDetail, Language, NodeDetail } from '../../../shared/contract';

export type Detail =
  { readonly type: 'node'; readonly node: NodeDetail } | { readonly type: 'edge'; readonly edge: EdgeDetail } | null;

export interface UiSlice {
  readonly language: Language;
  readonly detail: Detail;
  readonly error: string | null;
}

export const initialUi: UiSlice = { language: 'nl', detail: null, error: null };

export const setLanguage =
  (language: Language) =>
  <S extends UiSlice>(state: S): S => ({ ...state, language });

export const showDetail =
  (detail: Detail) =>
  <S extends UiSlice>(state: S): S => ({ ...state, detail });

export const showError =
  (error: string | null) =>
  <S extends UiSlice>(state: S): S => ({ ...state, error });
