// Benchmark of the analysis queries (paths.find, pattern.query, graph.matrix) on a synthetic graph of
// 100k nodes and 1M relations with hubs (preferential attachment), against the bundled dataset as the
// baseline in the same run. Prints figures; never fails on a slow machine. `npm run bench:analysis`.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledDataset, CompiledEdge, CompiledNode } from '../../main/dataset/compiledDataset';
import { compileDataset } from '../../main/dataset/compileDataset';
import { loadDataset } from '../../main/dataset/loadDataset';
import { matrixQuery } from '../../main/service/analysis/matrixQuery';
import { runPattern } from '../../main/service/analysis/runPattern';
import { findPaths } from '../../main/service/paths/findPaths';
import { writeBundle } from '../../main/store/bundleWriter';
import { GraphStore } from '../../main/store/graphStore';
import type { PatternQuery } from '../../shared/analysis/patternQuery';
import type { NodeKind, RelationKind } from '../../shared/ontology';

const NODES = Number(process.env.BENCH_NODES ?? 100_000);
const EDGES_PER_NODE = Number(process.env.BENCH_EDGES_PER_NODE ?? 10);
const KINDS: readonly NodeKind[] = ['state', 'national-organisation', 'international-body', 'instrument', 'phenomenon'];
const RELATIONS: readonly RelationKind[] = ['cooperates-with', 'participates-in', 'targets', 'uses', 'member-of'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Each new node links to EDGES_PER_NODE earlier ones, picked in proportion to their degree: a few hubs, a long tail. */
function syntheticDataset(): CompiledDataset {
  const next = random(42);
  const nodes: CompiledNode[] = [];
  const edges: CompiledEdge[] = [];
  const ends: number[] = [];
  for (let i = 0; i < NODES; i++) {
    const id = `n-${String(i)}`;
    const label = { nl: `Knoop ${String(i)}`, en: `Node ${String(i)}` };
    const kind = KINDS[i % KINDS.length] ?? 'state';
    nodes.push({
      id,
      kind,
      label,
      description: label,
      aliases: [],
      status: null,
      dates: {},
      provenance: 'stated',
      attributes: {},
      citations: [],
    });
    for (let k = 0; k < Math.min(i, EDGES_PER_NODE); k++) {
      const target =
        ends.length === 0 || next() < 0.2 ? Math.floor(next() * i) : (ends[Math.floor(next() * ends.length)] ?? 0);
      const kindOfEdge = RELATIONS[(i + k) % RELATIONS.length] ?? 'cooperates-with';
      edges.push({
        id: `e-${String(edges.length)}`,
        kind: kindOfEdge,
        source: id,
        target: `n-${String(target)}`,
        status: 'in-force',
        dates: {},
        provenance: 'stated',
        note: null,
        citations: [],
      });
      ends.push(i, target);
    }
  }
  return { version: `bench-${String(NODES)}-${String(EDGES_PER_NODE)}`, sources: [], nodes, edges, mentions: [] };
}

function timed<T>(label: string, work: () => T, describe: (value: T) => string): void {
  const start = performance.now();
  const value = work();
  const ms = performance.now() - start;
  console.log(`${label.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms  ${describe(value)}`);
}

function benchStore(name: string, store: GraphStore, pairs: readonly [string, string][], hub: string): void {
  console.log(`\n${name}`);
  for (const [from, to] of pairs)
    timed(
      `paths.find ${from} → ${to} (≤4 hops, ≤5 paths)`,
      () => findPaths(store, { from, to, maxHops: 4, maxPaths: 5 }),
      (r) =>
        `${String(r.paths.length)} paths, ${String(r.exploredEdges)} relations loaded${r.truncated ? ', capped' : ''}`,
    );
  timed(
    `paths.find ${hop(pairs)} (≤6 hops)`,
    () => findPaths(store, { from: pairs[0]?.[0] ?? hub, to: pairs[0]?.[1] ?? hub, maxHops: 6, maxPaths: 5 }),
    (r) => `${String(r.paths.length)} paths, ${String(r.exploredEdges)} loaded${r.truncated ? ', capped' : ''}`,
  );
  const instrumentsTarget: PatternQuery = {
    subject: { type: 'kinds', kinds: ['instrument'] },
    relationKinds: ['targets'],
    object: { type: 'kinds', kinds: ['phenomenon'] },
    direction: 'forward',
    statuses: [],
  };
  timed(
    'pattern.query instruments —targets→ phenomena',
    () => runPattern(store, instrumentsTarget, 500),
    (r) => `${String(r.rows.length)} rows${r.truncated ? ', capped' : ''}`,
  );
  timed(
    `pattern.query ${hub} —any→ any (either)`,
    () =>
      runPattern(
        store,
        {
          subject: { type: 'node', id: hub },
          relationKinds: [],
          object: { type: 'kinds', kinds: [] },
          direction: 'either',
          statuses: [],
        },
        500,
      ),
    (r) => `${String(r.rows.length)} rows${r.truncated ? ', capped' : ''}`,
  );
  timed(
    'pattern.query any —any→ any, as of 2019',
    () =>
      runPattern(
        store,
        {
          subject: { type: 'kinds', kinds: [] },
          relationKinds: [],
          object: { type: 'kinds', kinds: [] },
          direction: 'forward',
          statuses: [],
          asOfYear: 2019,
        },
        500,
      ),
    (r) => `${String(r.rows.length)} rows${r.truncated ? ', capped' : ''}`,
  );
  timed(
    'graph.matrix states × instruments',
    () => matrixQuery(store, { rowKinds: ['state'], columnKinds: ['instrument'], limit: 5000 }),
    (r) =>
      `${String(r.rows.length)}×${String(r.columns.length)}, ${String(r.edges.length)} relations${r.truncated ? ', capped' : ''}`,
  );
}

const hop = (pairs: readonly [string, string][]): string => `${pairs[0]?.[0] ?? ''} → ${pairs[0]?.[1] ?? ''}`;

// The baseline: the curated dataset as it stands, compiled afresh (about a second).
mkdirSync('.tmp', { recursive: true });
const baseline = join('.tmp', 'bench-baseline.sqlite');
writeBundle(compileDataset(loadDataset('data')), baseline);
const small = new GraphStore(baseline);
// Ids are looked up by name, as a user would: the curated ids may still change.
const idOf = (name: string): string => small.suggest(name, 1)[0]?.node.id ?? name;
benchStore(
  'Baseline: the curated dataset',
  small,
  [
    [idOf('Europol'), idOf('Duitsland')],
    [idOf('Curaçao'), idOf('Mensenhandel')],
  ],
  idOf('Nationale politie'),
);
small.close();

const file = join('.tmp', `bench-${String(NODES)}x${String(EDGES_PER_NODE)}.sqlite`);
if (!existsSync(file)) {
  const start = performance.now();
  writeBundle(syntheticDataset(), file);
  console.log(`\nwrote ${file} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}
const big = new GraphStore(file);
const info = big.info();
const last = NODES - 1;
benchStore(
  `Synthetic: ${String(info.nodeCount)} nodes, ${String(info.edgeCount)} relations`,
  big,
  [
    [`n-${String(last)}`, `n-${String(last - 1)}`],
    [`n-${String(Math.floor(last / 2))}`, `n-${String(last)}`],
    ['n-0', 'n-1'],
  ],
  'n-0',
);
big.close();
