// The comparison of two versions of a view (see export/formats/graphDiff.ts): what changed, what it
// was compared with, and whether the canvas marks it. Producers are pure: (args) => (state) => state.
import type { NodeSummary } from '../../../shared/contract';
import type { ChangeKind, GraphDiff } from '../export/formats/graphDiff';

export interface Comparison {
  readonly diff: GraphDiff;
  /** What the view was compared with, worded for the user ("weergave.json (3 maart)"). */
  readonly since: string;
  /** Labels of every node either side names, for lists and texts. */
  readonly labels: ReadonlyMap<string, NodeSummary>;
}

export interface CompareSlice {
  readonly comparison: Comparison | null;
  /** Element id → change, drawn on the canvas; empty when the marks are off. */
  readonly changeMarks: {
    readonly nodes: ReadonlyMap<string, ChangeKind>;
    readonly edges: ReadonlyMap<string, ChangeKind>;
  };
}

export const NO_MARKS: CompareSlice['changeMarks'] = { nodes: new Map(), edges: new Map() };

export const initialCompare: CompareSlice = { comparison: null, changeMarks: NO_MARKS };

export const setComparison =
  (comparison: Comparison | null) =>
  <S extends CompareSlice>(state: S): S => ({ ...state, comparison, changeMarks: NO_MARKS });

export const setChangeMarks =
  (marks: CompareSlice['changeMarks']) =>
  <S extends CompareSlice>(state: S): S => ({ ...state, changeMarks: marks });
