// Path finding over a real compiled fixture database: the adjacency is read within a budget, a search
// that spends it says so instead of running on, and the chosen ends stay whatever the filters say.
import { afterAll, describe, expect, it } from 'vitest';
import { GraphStore } from '../../store/graphStore';
import { buildDatasetFile, FIXTURE_DATA_DIR } from '../../../test/support/testService';
import { findPaths } from './findPaths';

const store = new GraphStore(buildDatasetFile(FIXTURE_DATA_DIR));
afterAll(() => store.close());

describe('findPaths', () => {
  it('reads only the relations within reach of either end', () => {
    const near = findPaths(store, { from: 'europol', to: 'germany', maxPaths: 1, maxHops: 2 });
    const far = findPaths(store, { from: 'europol', to: 'germany', maxPaths: 5, maxHops: 6 });
    expect(near.paths.length).toBe(1);
    expect(near.exploredEdges).toBeGreaterThan(0);
    expect(near.exploredEdges).toBeLessThan(far.exploredEdges);
    expect(far.truncated).toBe(false);
  });

  it('stops at its budget of relations read and reports the search as truncated', () => {
    const result = findPaths(store, { from: 'curacao', to: 'cybercrime', maxPaths: 5, maxHops: 6 }, 3);
    expect(result).toMatchObject({ paths: [], truncated: true });
    expect(result.exploredEdges).toBeLessThanOrEqual(3);
  });

  it('keeps the chosen ends even when the filters hide their kind', () => {
    const result = findPaths(store, {
      from: 'europol',
      to: 'germany',
      filters: { nodeKinds: ['treaty'] },
      maxPaths: 5,
      maxHops: 4,
    });
    expect(result.paths.map((p) => p.nodes)).toEqual([['europol', 'germany']]);
  });
});
