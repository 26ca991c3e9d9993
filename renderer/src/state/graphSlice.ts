// What is on the canvas and what is selected. Producers are pure: (args) => (state) => state.
import type { EdgeSummary, Neighbourhood, NodeSummary } from '../../../shared/contract';

export type Selection = { readonly type: 'node' | 'edge'; readonly id: string } | null;

export interface GraphSlice {
  readonly nodes: ReadonlyMap<string, NodeSummary>;
  readonly edges: ReadonlyMap<string, EdgeSummary>;
  readonly selection: Selection;
}

export const initialGraph: GraphSlice = { nodes: new Map(), edges: new Map(), selection: null };

export const addNodes =
  (nodes: readonly NodeSummary[], edges: readonly EdgeSummary[] = []) =>
  <S extends GraphSlice>(state: S): S => {
    const nextNodes = new Map(state.nodes);
    for (const node of nodes) nextNodes.set(node.id, node);
    const nextEdges = new Map(state.edges);
    for (const edge of edges)
      if (nextNodes.has(edge.source) && nextNodes.has(edge.target)) nextEdges.set(edge.id, edge);
    return { ...state, nodes: nextNodes, edges: nextEdges };
  };

export const addNeighbourhood = (hood: Neighbourhood) => addNodes([hood.centre, ...hood.nodes], hood.edges);

export const select =
  (selection: Selection) =>
  <S extends GraphSlice>(state: S): S => ({ ...state, selection });

export const clearCanvas =
  () =>
  <S extends GraphSlice>(state: S): S => ({ ...state, nodes: new Map(), edges: new Map(), selection: null });
