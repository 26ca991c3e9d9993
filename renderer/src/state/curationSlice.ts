// The curation workbench's view state: the form open (a node or relation from a passage, or an edit
// of the user's own), the notice after a change with the step that undoes it, and the "Mijn
// toevoegingen" list. The user's additions are data, not view: their undo is a call to the service
// (curation.delete / restore / update with the previous values), kept here as plain data.
import type {
  CurationList,
  DocumentMention,
  EdgeDetail,
  MethodInput,
  NodeDetail,
  UserNote,
} from '../../../shared/contract';
import type { CurationStringKey } from '../i18n/curationStrings';
import { pruneSelection, type GraphSlice } from './graphSlice';
import type { HistorySlice } from './historySlice';
import type { UiSlice } from './uiSlice';

/** A passage the user selected in one of their documents: offsets into UserDocument.text, and its words. */
export interface PassageDraft {
  readonly documentId: string;
  readonly documentTitle: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  /** Known nodes the passage mentions, in text order: one of them prefills a relation's end. */
  readonly mentioned: readonly Pick<DocumentMention, 'nodeId' | 'kind'>[];
}

export type CurationDraft =
  | { readonly mode: 'createNode'; readonly passage: PassageDraft }
  | { readonly mode: 'createRelation'; readonly passage: PassageDraft }
  | { readonly mode: 'editNode'; readonly node: NodeDetail }
  | { readonly mode: 'editRelation'; readonly edge: EdgeDetail };

/** What undoes the last change, as the call that does it. */
export type UndoStep =
  | { readonly call: 'curation.delete'; readonly id: string }
  | { readonly call: 'curation.restore'; readonly id: string }
  | { readonly call: 'curation.updateNode'; readonly input: MethodInput<'curation.updateNode'> }
  | { readonly call: 'curation.updateRelation'; readonly input: MethodInput<'curation.updateRelation'> };

export interface CurationNotice {
  readonly key: CurationStringKey;
  readonly args: readonly string[];
  readonly undo: UndoStep | null;
  /** Tells two notices with the same words apart (the timer and the live region start afresh). */
  readonly serial: number;
}

export interface CurationSlice {
  readonly curationDraft: CurationDraft | null;
  readonly curationNotice: CurationNotice | null;
  readonly additionsOpen: boolean;
  /** The user's additions (curation.list); null until listed, refreshed after each change. */
  readonly additions: CurationList | null;
}

export const initialCuration: CurationSlice = {
  curationDraft: null,
  curationNotice: null,
  additionsOpen: false,
  additions: null,
};

export const openDraft =
  (draft: CurationDraft | null) =>
  <S extends CurationSlice>(state: S): S => ({ ...state, curationDraft: draft });

let serial = 0;

export const noticeCuration =
  (key: CurationStringKey | null, args: readonly string[] = [], undo: UndoStep | null = null) =>
  <S extends CurationSlice>(state: S): S => {
    serial += 1;
    return { ...state, curationNotice: key === null ? null : { key, args, undo, serial } };
  };

export const setAdditionsOpen =
  (additionsOpen: boolean) =>
  <S extends CurationSlice>(state: S): S => ({ ...state, additionsOpen });

export const setAdditions =
  (additions: CurationList) =>
  <S extends CurationSlice>(state: S): S => ({ ...state, additions });

type Curated = GraphSlice & HistorySlice & UiSlice;

const without = <V>(map: ReadonlyMap<string, V>, gone: ReadonlySet<string>): ReadonlyMap<string, V> =>
  [...gone].some((id) => map.has(id)) ? new Map([...map].filter(([id]) => !gone.has(id))) : map;

/**
 * Deleted elements leave the canvas and every step of the view history, so an undo of the view can
 * never bring back what the data no longer holds (only the notice's undo, curation.restore, does).
 */
export const forgetElements =
  (nodeIds: readonly string[], edgeIds: readonly string[]) =>
  <S extends Curated>(state: S): S => {
    const nodes = new Set(nodeIds);
    const edges = new Set(edgeIds);
    const strip = <V extends Pick<GraphSlice, 'nodes' | 'edges' | 'positions'>>(view: V): V => {
      const keptEdges = without(view.edges, edges);
      const joined = new Set(
        [...keptEdges].filter(([, e]) => nodes.has(e.source) || nodes.has(e.target)).map(([id]) => id),
      );
      return {
        ...view,
        nodes: without(view.nodes, nodes),
        edges: without(keptEdges, joined),
        positions: without(view.positions, nodes),
      };
    };
    const shown = state.detail;
    const detailGone =
      (shown?.type === 'node' && nodes.has(shown.node.id)) || (shown?.type === 'edge' && edges.has(shown.edge.id));
    return pruneSelection({
      ...strip(state),
      detail: detailGone ? null : shown,
      history: { ...state.history, past: state.history.past.map(strip), future: state.history.future.map(strip) },
    });
  };

/** The panel's details with the user's note as the service now holds it. */
export const patchNote =
  (targetId: string, note: UserNote | null) =>
  <S extends UiSlice>(state: S): S => {
    const shown = state.detail;
    if (shown?.type === 'node' && shown.node.id === targetId) {
      const { userNote: _old, ...node } = shown.node;
      return { ...state, detail: { ...shown, node: note === null ? node : { ...node, userNote: note } } };
    }
    if (shown?.type === 'edge' && shown.edge.id === targetId) {
      const { userNote: _old, ...edge } = shown.edge;
      return { ...state, detail: { ...shown, edge: note === null ? edge : { ...edge, userNote: note } } };
    }
    return state;
  };
