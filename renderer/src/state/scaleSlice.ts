// What the canvas left out on purpose, so it is never hidden: a hub whose expansion asks first (how
// many neighbours, the most connected or a kind), the hub pages still to load, and the overview that
// stood in for a dataset too large to draw whole.
import type { NodeKind, RelationKind } from '../../../shared/ontology';

/** A hub the user is being asked about before its neighbours come onto the canvas. */
export interface HubPrompt {
  readonly id: string;
  /** Relations of the node in the whole dataset (its degree). */
  readonly total: number;
  /** Relations per kind, from the service's stored degrees; null while they are being asked. */
  readonly kinds: readonly { readonly kind: RelationKind; readonly count: number }[] | null;
}

/** A hub expansion that showed part of the neighbours: how many, of how many, and where to go on. */
export interface HubLeftOut {
  readonly id: string;
  readonly relationKinds: readonly RelationKind[] | null;
  readonly shown: number;
  readonly total: number;
  readonly cursor: string | null;
}

/** "Show everything" on a large dataset: the most connected of each kind, and what that left out. */
export interface OverviewLeftOut {
  readonly shown: number;
  readonly total: number;
  readonly perKind: readonly { readonly kind: NodeKind; readonly shown: number }[];
}

export interface ScaleSlice {
  readonly hubPrompt: HubPrompt | null;
  readonly hubsLeftOut: readonly HubLeftOut[];
  readonly overviewLeftOut: OverviewLeftOut | null;
}

export const initialScale: ScaleSlice = { hubPrompt: null, hubsLeftOut: [], overviewLeftOut: null };

export const setHubPrompt =
  (hubPrompt: HubPrompt | null) =>
  <S extends ScaleSlice>(state: S): S => ({ ...state, hubPrompt });

/** Records (or replaces) what a hub's expansion left out; a hub with nothing left out is dropped. */
export const setHubLeftOut =
  (entry: HubLeftOut) =>
  <S extends ScaleSlice>(state: S): S => {
    const others = state.hubsLeftOut.filter((h) => h.id !== entry.id);
    return { ...state, hubsLeftOut: entry.cursor === null ? others : [...others, entry] };
  };

export const dismissHubLeftOut =
  (id: string) =>
  <S extends ScaleSlice>(state: S): S => ({ ...state, hubsLeftOut: state.hubsLeftOut.filter((h) => h.id !== id) });

export const setOverviewLeftOut =
  (overviewLeftOut: OverviewLeftOut | null) =>
  <S extends ScaleSlice>(state: S): S => ({ ...state, overviewLeftOut });
