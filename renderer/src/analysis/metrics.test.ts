// Metrics of the visible graph and their mapping to node size and colour on the canvas.
import { describe, expect, it } from 'vitest';
import type { EdgeSummary, NodeSummary } from '../../../shared/contract';
import { aNode, anEdge } from './analysisBuilders';
import { COMMUNITY_COLOURS, MAX_NODE_SIZE, MIN_NODE_SIZE, nodeStyleOverrides } from './metricMapping';
import { computeMetrics, metricsOf } from './metrics';

// Two triangles joined by one bridge c–d: c and d carry every shortest path between the halves.
function barbell(): { nodes: NodeSummary[]; edges: EdgeSummary[] } {
  const nodes = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => aNode(id, 'state', id.toUpperCase()));
  const pairs = ['ab', 'bc', 'ac', 'de', 'ef', 'df', 'cd'];
  const edges: EdgeSummary[] = pairs.map((p) => anEdge(p[0] ?? '', 'cooperates-with', p[1] ?? ''));
  edges.push(anEdge('a', 'member-of', 'b'));
  return { nodes, edges };
}

describe('computeMetrics', () => {
  it('gives degree, betweenness and two Louvain communities on a barbell', () => {
    const metrics = computeMetrics(barbell());
    expect(metrics.get('a')?.degree).toBe(3); // two neighbours, one of them twice
    expect(metrics.get('c')?.betweenness).toBeCloseTo(0.6);
    expect(metrics.get('a')?.betweenness).toBe(0);
    const community = (id: string) => metrics.get(id)?.community;
    expect(new Set(['a', 'b', 'c'].map(community)).size).toBe(1);
    expect(new Set(['d', 'e', 'f'].map(community)).size).toBe(1);
    expect(community('a')).not.toBe(community('f'));
    expect(new Set([...metrics.values()].map((m) => m.community))).toEqual(new Set([0, 1]));
  });

  it('is deterministic and ignores relations whose ends are not visible', () => {
    const { nodes, edges } = barbell();
    const part = { nodes, edges: [...edges, anEdge('a', 'cooperates-with', 'zz')] };
    expect([...computeMetrics(part)]).toEqual([...computeMetrics(part)]);
    expect(computeMetrics(part).get('a')?.degree).toBe(3);
    expect(computeMetrics({ nodes: [], edges: [] }).size).toBe(0);
  });

  it('leaves betweenness out, and keeps degree and communities, on a graph past its budget', () => {
    const nodes = Array.from({ length: 2300 }, (_, i) => aNode(`n${String(i)}`, 'state', String(i)));
    const edges = nodes.slice(1).map((n, i) => anEdge(nodes[i]?.id ?? '', 'cooperates-with', n.id));
    const metrics = computeMetrics({ nodes, edges });
    expect(metrics.get('n5')).toMatchObject({ degree: 2, betweenness: null });
    expect(nodeStyleOverrides(metrics, 'betweenness', 'kind').get('n5')).toEqual({});
    expect(nodeStyleOverrides(metrics, 'degree', 'kind').get('n5')?.size).toBe(MAX_NODE_SIZE);
  });

  it('computes once per visible graph', () => {
    const part = barbell();
    expect(metricsOf(part)).toBe(metricsOf(part));
    expect(metricsOf({ ...part })).not.toBe(metricsOf(part));
  });
});

describe('nodeStyleOverrides', () => {
  const metrics = computeMetrics(barbell());

  it('maps nothing for the defaults', () => {
    expect(nodeStyleOverrides(metrics, 'none', 'kind').size).toBe(0);
  });

  it('sizes nodes by betweenness between the bounds, the bridge largest', () => {
    const sizes = nodeStyleOverrides(metrics, 'betweenness', 'kind');
    expect(sizes.get('c')).toEqual({ size: MAX_NODE_SIZE });
    expect(sizes.get('a')).toEqual({ size: MIN_NODE_SIZE });
  });

  it('sizes by degree and colours by community from the colour-blind-safe palette', () => {
    const styled = nodeStyleOverrides(metrics, 'degree', 'community');
    expect(styled.get('c')?.size).toBe(MAX_NODE_SIZE);
    expect((styled.get('e')?.size ?? 0) < MAX_NODE_SIZE).toBe(true);
    expect(styled.get('a')?.colour).toBe(styled.get('b')?.colour);
    expect(styled.get('a')?.colour).not.toBe(styled.get('f')?.colour);
    expect(COMMUNITY_COLOURS).toContain(styled.get('a')?.colour);
  });
});
