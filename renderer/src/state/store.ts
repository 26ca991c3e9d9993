// The one zustand store, built from slices. Only renderer/src/state imports zustand.
import { createStore, useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { initialAnalysis, type AnalysisSlice } from './analysisSlice';
import { initialCompare, type CompareSlice } from './compareSlice';
import { initialCuration, type CurationSlice } from './curationSlice';
import { initialDocuments, type DocumentSlice } from './documentSlice';
import { initialGraph, type GraphSlice } from './graphSlice';
import { initialHistory, record, type HistorySlice, type RecordOptions } from './historySlice';
import { initialScale, type ScaleSlice } from './scaleSlice';
import { initialSource, type SourceSlice } from './sourceSlice';
import { initialUi, type UiSlice } from './uiSlice';
import { initialVerification, type VerificationSlice } from './verificationSlice';
import { initialView, type ViewSlice } from './viewSlice';

export type AtlasState = GraphSlice &
  ViewSlice &
  HistorySlice &
  UiSlice &
  SourceSlice &
  AnalysisSlice &
  CompareSlice &
  VerificationSlice &
  ScaleSlice &
  DocumentSlice &
  CurationSlice;

export const initialState: AtlasState = {
  ...initialGraph,
  ...initialView,
  ...initialHistory,
  ...initialUi,
  ...initialSource,
  ...initialAnalysis,
  ...initialCompare,
  ...initialVerification,
  ...initialScale,
  ...initialDocuments,
  ...initialCuration,
};

export const atlasStore = createStore<AtlasState>()(() => initialState);

export interface ApplyOptions extends RecordOptions {
  /**
   * Leave the undo history alone: for undo/redo themselves, for layout runs placing new nodes (part of
   * the step that added them) and for restoring the last session.
   */
  readonly quiet?: boolean;
}

/**
 * Applies a pure producer. Actions call this; components never set state themselves. Every change to
 * the view (what is loaded, positions, filters, scope, layout …) becomes one undo step, whoever made it.
 */
export function apply(producer: (state: AtlasState) => AtlasState, options: ApplyOptions = {}): void {
  const before = atlasStore.getState();
  const after = producer(before);
  if (after === before) return;
  atlasStore.setState(options.quiet === true ? after : record(before, after, options), true);
}

export function useAtlas<T>(selector: (state: AtlasState) => T): T {
  return useStore(atlasStore, selector);
}

export function useAtlasShallow<T>(selector: (state: AtlasState) => T): T {
  return useStore(atlasStore, useShallow(selector));
}
