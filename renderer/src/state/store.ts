// The one zustand store, built from slices. Only renderer/src/state imports zustand.
import { createStore, useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { initialGraph, type GraphSlice } from './graphSlice';
import { initialSource, type SourceSlice } from './sourceSlice';
import { initialUi, type UiSlice } from './uiSlice';

export type AtlasState = GraphSlice & UiSlice & SourceSlice;

export const initialState: AtlasState = { ...initialGraph, ...initialUi, ...initialSource };

export const atlasStore = createStore<AtlasState>()(() => initialState);

/** Applies a pure producer. Actions call this; components never set state themselves. */
export function apply(producer: (state: AtlasState) => AtlasState): void {
  atlasStore.setState(producer(atlasStore.getState()), true);
}

export function useAtlas<T>(selector: (state: AtlasState) => T): T {
  return useStore(atlasStore, selector);
}

export function useAtlasShallow<T>(selector: (state: AtlasState) => T): T {
  return useStore(atlasStore, useShallow(selector));
}
