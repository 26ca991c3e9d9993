// Degree, betweenness and Louvain communities of the visible graph, with graphology's packages.
// Computed over what the canvas shows (after the view's filters), because the adviser asks "who is
// central in what I am looking at"; whole-dataset degree is already on every node (NodeSummary.degree).
import { mulberry32 } from '../../../shared/layout/seededRandom';
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { EdgeSummary, NodeSummary } from '../../../shared/contract';

export interface NodeMetrics {
  /** Visible relations of the node (parallel relations each count). */
  readonly degree: number;
  /** Normalised betweenness centrality in [0, 1] over the visible graph; null when the graph is too big. */
  readonly betweenness: number | null;
  /** Louvain community index, 0 for the largest community, 1 for the next … */
  readonly community: number;
}

/**
 * Brandes' betweenness costs about nodes × relations steps, all on the UI thread: 1,000 × 5,000 took
 * 0.6 s here, 3,000 × 15,000 seven seconds. Past this budget it is left out rather than freeze the app.
 */
export const BETWEENNESS_BUDGET = 5_000_000;

export interface GraphPart {
  readonly nodes: readonly NodeSummary[];
  readonly edges: readonly EdgeSummary[];
}

export function computeMetrics({ nodes, edges }: GraphPart): ReadonlyMap<string, NodeMetrics> {
  // Simple undirected graph: parallel relations add weight for Louvain but one path for betweenness.
  const graph = new Graph<Record<string, never>, { weight: number }>({ type: 'undirected', multi: false });
  const degree = new Map<string, number>();
  for (const { id } of nodes) {
    graph.mergeNode(id);
    degree.set(id, 0);
  }
  for (const edge of edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || edge.source === edge.target) continue;
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
    const key = graph.edge(edge.source, edge.target);
    if (key === undefined) graph.addEdge(edge.source, edge.target, { weight: 1 });
    else graph.updateEdgeAttribute(key, 'weight', (w) => (w ?? 0) + 1);
  }
  const affordable = graph.order * graph.size <= BETWEENNESS_BUDGET;
  const betweenness =
    graph.size === 0 || !affordable ? {} : betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
  const communities = graph.size === 0 ? {} : louvain(graph, { rng: mulberry32(20190), getEdgeWeight: 'weight' });
  const rank = communityRanks(communities);
  const result = new Map<string, NodeMetrics>();
  for (const { id } of nodes) {
    result.set(id, {
      degree: degree.get(id) ?? 0,
      betweenness: affordable ? (betweenness[id] ?? 0) : null,
      community: rank.get(communities[id] ?? -1) ?? rank.size,
    });
  }
  return result;
}

/** Renumbers communities by size (largest first), so colours do not depend on Louvain's labels. */
function communityRanks(communities: Readonly<Record<string, number>>): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const community of Object.values(communities)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const ordered = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return new Map(ordered.map(([community], index) => [community, index]));
}

const cache = new WeakMap<GraphPart, ReadonlyMap<string, NodeMetrics>>();

/** computeMetrics, remembered per visible graph: the canvas and the table share one computation. */
export function metricsOf(part: GraphPart): ReadonlyMap<string, NodeMetrics> {
  let metrics = cache.get(part);
  if (metrics === undefined) {
    metrics = computeMetrics(part);
    cache.set(part, metrics);
  }
  return metrics;
}
