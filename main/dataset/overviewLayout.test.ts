// The overview shipped with the dataset: every node placed, the same places on every build, nodes
// spread out rather than piled up, and related nodes nearer each other than unrelated ones.
import { describe, expect, it } from 'vitest';
import { compileDataset } from './compileDataset';
import { loadDataset } from './loadDataset';
import type { Position } from '../../shared/contract';
import { overviewLayout } from './overviewLayout';

const dataset = compileDataset(loadDataset('data'));
const distance = (a: Position, b: Position): number => Math.hypot(a.x - b.x, a.y - b.y);

describe('the overview layout of the IPS graph', () => {
  const overview: ReadonlyMap<string, Position> = dataset.overview ?? new Map();
  const at = (id: string): Position => overview.get(id) ?? { x: NaN, y: NaN };

  it('places every node, at finite coordinates', () => {
    expect(overview.size).toBe(dataset.nodes.length);
    for (const node of dataset.nodes) expect([at(node.id).x, at(node.id).y].every(Number.isFinite)).toBe(true);
  });

  it('is the same on every build', () => {
    expect([...overviewLayout(dataset.nodes, dataset.edges)]).toEqual([...overview]);
  });

  it('keeps nodes apart and related nodes closer than unrelated ones', () => {
    const points = [...overview.values()];
    const closest = Math.min(...points.flatMap((p, i) => points.slice(i + 1).map((q) => distance(p, q))));
    expect(closest).toBeGreaterThan(10);
    const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;
    const related = mean(dataset.edges.map((e) => distance(at(e.source), at(e.target))));
    const any = mean(points.flatMap((p, i) => points.slice(i + 1).map((q) => distance(p, q))));
    expect(related).toBeLessThan(any / 2);
  });

  it('is empty for an empty graph', () => {
    expect(overviewLayout([], []).size).toBe(0);
  });
});
