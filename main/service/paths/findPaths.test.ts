// Path finding over a real compiled fixture database: the store is read in capped pages, and a
// search that reaches its cap says so instead of running on.
import { afterAll, describe, expect, it } from 'vitest';
import { GraphStore } from '../../store/graphStore';
import { buildDatasetFile, FIXTURE_DATA_DIR } from '../../../test/support/testService';
import { expandAround } from './expandAround';
import { findPaths } from './findPaths';

const store = new GraphStore(buildDatasetFile(FIXTURE_DATA_DIR));
afterAll(() => store.close());

const node = (id: string) => {
  const [found] = store.paths.nodes([id]);
  if (found === undefined) throw new Error(`fixture lacks ${id}`);
  return found;
};

describe('expandAround', () => {
  it('loads only the relations within reach of either end', () => {
    const near = expandAround(store.paths, node('europol'), node('germany'), 2, {});
    // One hop from Europol and one from Germany; the Kingdom's RST (two hops out) stays unloaded.
    expect(near.graph.hasNode('rst')).toBe(false);
    expect(near.graph.hasNode('netherlands')).toBe(true);
    const far = expandAround(store.paths, node('europol'), node('germany'), 6, {});
    expect(far.graph.hasNode('rst')).toBe(true);
    expect(far.truncated).toBe(false);
  });

  it('stops at its cap on loaded relations and reports the search as truncated', () => {
    const capped = expandAround(store.paths, node('curacao'), node('cybercrime'), 6, {}, 3);
    expect(capped.loadedEdges).toBe(3);
    expect(capped.truncated).toBe(true);
    const result = findPaths(store, { from: 'curacao', to: 'cybercrime', maxPaths: 5, maxHops: 6 }, 3);
    expect(result).toMatchObject({ paths: [], truncated: true, exploredEdges: 3 });
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
