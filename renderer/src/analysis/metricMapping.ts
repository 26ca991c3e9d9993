// Node size and colour from a metric, for the canvas: the pure mapping the style reads as data.
import type { NodeMetrics } from './metrics';

export const NODE_SIZE_BY = ['none', 'degree', 'betweenness'] as const;
export type NodeSizeBy = (typeof NODE_SIZE_BY)[number];
export const NODE_COLOUR_BY = ['kind', 'community'] as const;
export type NodeColourBy = (typeof NODE_COLOUR_BY)[number];

export const MIN_NODE_SIZE = 18;
export const MAX_NODE_SIZE = 64;

/**
 * Community colours: the Okabe–Ito palette (colour-blind safe), then the same hues lighter.
 * Past sixteen communities colours repeat; the metrics table still tells communities apart by number.
 */
export const COMMUNITY_COLOURS = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#000000',
  '#F5C766',
  '#9BD3F2',
  '#66C5AB',
  '#F6EE8E',
  '#66AAD1',
  '#E69866',
  '#E0AFCA',
  '#7F7F7F',
] as const;

export function communityColour(community: number): string {
  return COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length] ?? '#7F7F7F';
}

export interface NodeStyleOverride {
  /** Diameter in pixels. */
  readonly size?: number;
  readonly colour?: string;
}

/** Per-node size and colour for the chosen mappings; empty when both are the defaults. */
export function nodeStyleOverrides(
  metrics: ReadonlyMap<string, NodeMetrics>,
  sizeBy: NodeSizeBy,
  colourBy: NodeColourBy,
): ReadonlyMap<string, NodeStyleOverride> {
  const result = new Map<string, NodeStyleOverride>();
  if (sizeBy === 'none' && colourBy === 'kind') return result;
  // Betweenness is null on graphs too big to compute it: then nodes keep their size.
  const valueOf = (m: NodeMetrics): number | null => (sizeBy === 'none' ? null : m[sizeBy]);
  const max = Math.max(0, ...[...metrics.values()].map((m) => valueOf(m) ?? 0));
  for (const [id, m] of metrics) {
    const value = valueOf(m);
    // Square root: a node's area, not its diameter, grows with the metric.
    const size =
      value === null
        ? undefined
        : Math.round(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * (max === 0 ? 0 : Math.sqrt(value / max)));
    const colour = colourBy === 'community' ? communityColour(m.community) : undefined;
    result.set(id, { ...(size === undefined ? {} : { size }), ...(colour === undefined ? {} : { colour }) });
  }
  return result;
}
