// A test graph with the shapes that break naive queries at scale, small enough to build in a second:
// two hubs above the ego network's hub threshold (joined to each other), a seeded scatter of
// ordinary relations of two kinds, and names that share prefixes and carry diacritics.
// Written with the real bundle writer to a temp file; tests compare the store against plain code.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompiledDataset, CompiledEdge, CompiledNode } from '../dataset/compiledDataset';
import type { RelationKind } from '../../shared/ontology';
import { mulberry32 } from '../../shared/layout/seededRandom';
import { writeBundle } from './bundleWriter';

export const HUB_GRAPH_NODES = 2600;

export interface HubGraph {
  readonly path: string;
  readonly dataset: CompiledDataset;
}

const node = (i: number, nl: string, aliases: string[] = []): CompiledNode => ({
  id: `n${String(i)}`,
  kind: 'national-organisation',
  label: { nl, en: nl },
  description: { nl: 'Testknoop.', en: 'Test node.' },
  aliases,
  attributes: {},
  status: null,
  dates: {},
  provenance: 'stated',
  citations: [],
});

function names(i: number): [string, string[]] {
  if (i === 0) return ['Politie Nederland', ['Nationale Politie']];
  if (i === 1) return ['Koninklijke Marechaussee', ['KMar']];
  if (i === 2) return ['Curaçao Kustwacht', []];
  return [`${i % 2 === 0 ? 'Politiezone' : 'Polder'} Eenheid ${String(i)}`, [`Münster ${String(i)}`]];
}

export function buildHubGraph(): HubGraph {
  const random = mulberry32(42);
  const nodes = Array.from({ length: HUB_GRAPH_NODES }, (_, i) => node(i, ...names(i)));
  const edges: CompiledEdge[] = [];
  const seen = new Set<string>();
  const add = (source: number, target: number, kind: RelationKind): void => {
    const key = `${String(source)}>${String(target)}`;
    if (source === target || seen.has(key)) return;
    seen.add(key);
    edges.push({
      id: `e${String(edges.length)}`,
      kind,
      source: `n${String(source)}`,
      target: `n${String(target)}`,
      status: 'in-force',
      dates: {},
      provenance: 'stated',
      note: null,
      citations: [],
    });
  };
  add(0, 1, 'cooperates-with');
  for (let i = 2; i < HUB_GRAPH_NODES; i += 1) {
    // Both hubs reach most nodes, in both directions, interleaved with the ordinary relations.
    const outward = random() < 0.5;
    if (random() < 0.9) add(outward ? 0 : i, outward ? i : 0, 'part-of');
    if (random() < 0.85) add(i, 1, 'member-of');
    add(i, 2 + Math.floor(random() * (HUB_GRAPH_NODES - 2)), random() < 0.5 ? 'part-of' : 'cooperates-with');
  }
  const dataset: CompiledDataset = { version: '00000000000000aa', sources: [], nodes, edges, mentions: [] };
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-hubgraph-')), 'hub.sqlite');
  writeBundle(dataset, path);
  return { path, dataset };
}
