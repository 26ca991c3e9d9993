// The relation lines beside the packed adjacency (schema 6), on a real bundle file: for every entry of
// every list, across block boundaries of a hub listing 700 relations in both directions, the relation
// read from its line (id, direction, codes, and dates or note from its row when it has some) is the
// relation its row gives.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledEdge, CompiledNode } from '../dataset/compiledDataset';
import { ENTRY_WORDS, RELATION_BLOCK_ENTRIES } from './adjacencyCodec';
import type { EntryRef } from './adjacencyQueries';
import { writeBundle } from './bundleWriter';
import { GraphStore } from './graphStore';
import { openSqlite } from './nativeBinding';

const SPOKES = 700;

const node = (id: string): CompiledNode => ({
  id,
  kind: 'national-organisation',
  label: { nl: `${id} nl`, en: `${id} en` },
  description: { nl: '', en: '' },
  aliases: [],
  attributes: {},
  status: null,
  dates: {},
  provenance: 'stated',
  citations: [],
});

/** Every third relation points at the hub, every fifth has dates, every seventh a note. */
function spoke(i: number): CompiledEdge {
  const other = `s${String(i)}`;
  const inward = i % 3 === 0;
  return {
    id: `rel-${String(i)}`,
    kind: i % 2 === 0 ? 'cooperates-with' : 'part-of',
    source: inward ? other : 'hub',
    target: inward ? 'hub' : other,
    status: i % 4 === 0 ? 'planned' : 'in-force',
    dates: i % 5 === 0 ? { since: String(1990 + (i % 30)) } : {},
    provenance: i % 6 === 0 ? 'editorial' : 'stated',
    note: i % 7 === 0 ? { nl: `noot ${String(i)}`, en: `note ${String(i)}` } : null,
    citations: [],
  };
}

let path: string;
let store: GraphStore;
beforeAll(() => {
  path = join(mkdtempSync(join(tmpdir(), 'atlas-lines-')), 'bundle.sqlite');
  const nodes = ['hub', ...Array.from({ length: SPOKES }, (_, i) => `s${String(i)}`)].map(node);
  const edges = [
    ...Array.from({ length: SPOKES }, (_, i) => spoke(i)),
    // A relation of a node with itself and two between spokes, so small lists hold more than the hub.
    { ...spoke(0), id: 'self', source: 's1', target: 's1', dates: {}, note: null },
    { ...spoke(1), id: 'between', source: 's2', target: 's1' },
  ] as CompiledEdge[];
  writeBundle({ version: '00000000000000dd', sources: [], nodes, edges, mentions: [] }, path);
  store = new GraphStore(path);
});
afterAll(() => store.close());

/** Every entry of a node's list, as the place it was met. */
function entriesOf(id: string): Map<number, EntryRef> {
  const owner = store.explorer.nodeRow(id)?.nid ?? -1;
  const words = store.adjacency.of(owner);
  const refs = new Map<number, EntryRef>();
  for (let i = 0; i < words.length; i += ENTRY_WORDS)
    refs.set(words[i + 1] ?? 0, {
      owner,
      entry: i / ENTRY_WORDS,
      other: words[i] ?? 0,
      attributes: words[i + 2] ?? 0,
    });
  return refs;
}

function fromLines(id: string): unknown[] {
  const refs = entriesOf(id);
  const nids = new Set([...refs.values()].flatMap((r) => [r.owner, r.other]));
  const idOf = new Map(store.explorer.nodesByNid([...nids]).map((n) => [n.nid, n.id]));
  return store.adjacency.edgesOfEntries(refs, idOf);
}

const fromRows = (id: string): unknown[] => [...store.adjacency.edgesByEid([...entriesOf(id).keys()]).values()];

describe('relation lines', () => {
  it('give every relation of a hub as its row does, across blocks, with dates and notes', () => {
    expect(SPOKES).toBeGreaterThan(2 * RELATION_BLOCK_ENTRIES);
    const relations = fromLines('hub');
    expect(relations).toHaveLength(SPOKES);
    expect(relations).toEqual(fromRows('hub'));
    expect(relations).toContainEqual(
      expect.objectContaining({ id: 'rel-35', source: 'hub', dates: { since: '1995' }, note: expect.anything() }),
    );
    expect(relations).toContainEqual(expect.objectContaining({ id: 'rel-3', source: 's3', target: 'hub' }));
  });

  it('give small lists, a relation with itself and both directions between spokes as their rows do', () => {
    for (const id of ['s0', 's1', 's2', 's3', 's699']) expect(fromLines(id)).toEqual(fromRows(id));
    expect(fromLines('s1').map((e) => (e as { id: string }).id)).toEqual(['rel-1', 'self', 'between']);
  });

  it('name the file to rebuild when a line is missing', () => {
    const db = openSqlite(path);
    db.prepare('DELETE FROM relation_block').run();
    db.close();
    const damaged = new GraphStore(path);
    try {
      expect(() => damaged.adjacency.edgesOfEntries(entriesOf('hub'), new Map())).toThrow(/npm run build:data/);
    } finally {
      damaged.close();
    }
  });
});
