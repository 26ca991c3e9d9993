// The packed adjacency on a real SQLite file: each node lists every relation once from each end (a
// relation with itself once), sorted by neighbour, with its codes; the ego network keeps a node's
// relation with itself, and path searches read relations, filters and multi-relations through it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RelationKind, Status } from '../../shared/ontology';
import type { CompiledEdge, CompiledNode } from '../dataset/compiledDataset';
import { egoNetwork } from '../service/explorer/egoNetwork';
import { findPaths } from '../service/paths/findPaths';
import { CURRENT_CODES, edgeKindOf, ENTRY_WORDS, nodeDegreeBucketOf } from './adjacencyCodec';
import { writeBundle } from './bundleWriter';
import { GraphStore } from './graphStore';

const node = (id: string): CompiledNode => ({
  id,
  kind: 'national-organisation',
  label: { nl: id, en: id },
  description: { nl: '', en: '' },
  aliases: [],
  attributes: {},
  status: null,
  dates: {},
  provenance: 'stated',
  citations: [],
});
const edge = (id: string, source: string, target: string, kind: RelationKind, status: Status = 'in-force') =>
  ({ id, kind, source, target, status, dates: {}, provenance: 'stated', note: null, citations: [] }) as CompiledEdge;

let store: GraphStore;
beforeAll(() => {
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-adjacency-')), 'bundle.sqlite');
  const nodes = ['a', 'b', 'c', 'd'].map(node);
  const edges = [
    edge('ab', 'a', 'b', 'part-of'),
    edge('ba', 'b', 'a', 'refers-to'),
    edge('aa', 'a', 'a', 'cooperates-with'),
    edge('bc', 'b', 'c', 'part-of'),
    edge('cd', 'c', 'd', 'part-of', 'planned'),
  ];
  writeBundle({ version: '00000000000000cc', sources: [], nodes, edges, mentions: [] }, path);
  store = new GraphStore(path);
});
afterAll(() => store.close());

const nid = (id: string): number => store.explorer.nodeRow(id)?.nid ?? -1;

describe('packed adjacency', () => {
  it('lists each relation from both ends, a self-relation once, sorted by neighbour, with its codes', () => {
    const words = store.adjacency.of(nid('a'));
    const entries = Array.from({ length: words.length / ENTRY_WORDS }, (_, i) => [
      words[i * ENTRY_WORDS] ?? -1,
      CURRENT_CODES.relationKinds[edgeKindOf(words[i * ENTRY_WORDS + 2] ?? 0)],
      nodeDegreeBucketOf(words[i * ENTRY_WORDS + 2] ?? 0),
    ]);
    // a's neighbours: itself (1 entry, a has 3 entries so bucket 2), and b twice (b has 3 entries).
    expect(entries).toEqual([
      [nid('a'), 'cooperates-with', 2],
      [nid('b'), 'part-of', 2],
      [nid('b'), 'refers-to', 2],
    ]);
    expect(store.adjacency.of(nid('d')).length / ENTRY_WORDS).toBe(1);
  });

  it('gives the ego network its self-relation and every relation among its nodes', () => {
    const ego = egoNetwork(store, 'a', 1, 100);
    expect(ego.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(ego.edges.map((e) => e.id).sort()).toEqual(['aa', 'ab', 'ba']);
  });

  it('lets paths carry every relation of a hop and honour status filters', () => {
    const found = findPaths(store, { from: 'a', to: 'd', maxPaths: 3, maxHops: 4 });
    expect(found.paths.map((p) => p.nodes)).toEqual([['a', 'b', 'c', 'd']]);
    expect(found.paths[0]?.hops[0]?.edges.map((e) => e.id)).toEqual(['ab', 'ba']);
    const inForce = findPaths(store, {
      from: 'a',
      to: 'd',
      maxPaths: 3,
      maxHops: 4,
      filters: { statuses: ['in-force'] },
    });
    expect(inForce.paths).toEqual([]);
  });
});
