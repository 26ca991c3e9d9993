// Language, the detail shown in the side panel, the main tab (canvas or table), the saved views'
// names, and the last error or notice to tell the user about.
import type { EdgeDetail, Language, Neighbourhood, NodeDetail, SavedViewSummary } from '../../../shared/contract';

export type Detail =
  | {
      readonly type: 'node';
      readonly node: NodeDetail;
      /** The node's relations in the whole dataset (not just those on the canvas), with their other ends. */
      readonly relations: Neighbourhood | null;
    }
  | { readonly type: 'edge'; readonly edge: EdgeDetail }
  | null;

export const NOTICE_KEYS = ['expandTruncated', 'scopeTruncated', 'viewSaved', 'viewOpened', 'viewDeleted'] as const;
export interface Notice {
  readonly key: (typeof NOTICE_KEYS)[number];
  readonly args: readonly string[];
}

/** How long an informational notice stays before it clears itself; errors stay until dismissed. */
export const NOTICE_EXPIRY_MS = 6000;

export const MAIN_TABS = ['canvas', 'table'] as const;
export type MainTab = (typeof MAIN_TABS)[number];

export interface UiSlice {
  readonly language: Language;
  readonly detail: Detail;
  readonly error: string | null;
  /** A short message for a screen reader's live region ("View saved"); the UI words it. */
  readonly notice: Notice | null;
  readonly tab: MainTab;
  readonly savedViews: readonly SavedViewSummary[];
  /** The priority nodes offered as one-click lenses, in the letter's order. */
  readonly lenses: readonly NodeDetail[];
  /** The earliest year the dataset's dates name (graph.info): where the year control starts. */
  readonly earliestYear: number | null;
}

export const initialUi: UiSlice = {
  language: 'nl',
  detail: null,
  error: null,
  notice: null,
  tab: 'canvas',
  savedViews: [],
  lenses: [],
  earliestYear: null,
};

export const setLanguage =
  (language: Language) =>
  <S extends UiSlice>(state: S): S => ({ ...state, language });

export const setEarliestYear =
  (earliestYear: number) =>
  <S extends UiSlice>(state: S): S => ({ ...state, earliestYear });

export const showDetail =
  (detail: Detail) =>
  <S extends UiSlice>(state: S): S => ({ ...state, detail });

export const showError =
  (error: string | null) =>
  <S extends UiSlice>(state: S): S =>
    state.error === error ? state : { ...state, error };

export const showNotice =
  (notice: Notice | null) =>
  <S extends UiSlice>(state: S): S => ({ ...state, notice });

export const setTab =
  (tab: MainTab) =>
  <S extends UiSlice>(state: S): S => ({ ...state, tab });

export const setSavedViews =
  (savedViews: readonly SavedViewSummary[]) =>
  <S extends UiSlice>(state: S): S => ({ ...state, savedViews });

export const setLenses =
  (lenses: readonly NodeDetail[]) =>
  <S extends UiSlice>(state: S): S => ({ ...state, lenses });
