// A generated graph with the shapes path and ego searches meet at scale, small enough for a test:
// heavy-tailed degrees (a few hubs joined to a third of the graph, preferential attachment for the
// rest), three node kinds, substantive and generic relation kinds, several relations between one pair,
// and statuses other than in force. Written with the real bundle writer; tests compare against plain code.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompiledDataset, CompiledEdge, CompiledNode } from '../dataset/compiledDataset';
import type { NodeKind, RelationKind, Status } from '../../shared/ontology';
import { mulberry32 } from '../../shared/layout/seededRandom';
import { writeBundle } from './bundleWriter';

const NODE_KINDS: readonly NodeKind[] = ['state', 'national-organisation', 'instrument'];
const RELATION_KINDS: readonly RelationKind[] = ['part-of', 'cooperates-with', 'refers-to', 'aligns-with'];
const STATUSES: readonly Status[] = ['in-force', 'in-force', 'in-force', 'planned', 'historical'];
const HUBS = 4;

export interface ScaleGraph {
  readonly path: string;
  readonly dataset: CompiledDataset;
}

export function buildScaleGraph(nodeCount: number, edgeCount: number, seed: number): ScaleGraph {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const nodes = Array.from({ length: nodeCount }, (_, i): CompiledNode => ({
    id: `s${String(i)}`,
    kind: pick(NODE_KINDS),
    label: { nl: `Eenheid ${String(i)}`, en: `Unit ${String(i)}` },
    description: { nl: 'Testknoop.', en: 'Test node.' },
    aliases: [],
    attributes: {},
    status: null,
    dates: {},
    provenance: 'stated',
    citations: [],
  }));
  // Ends drawn from the ends of earlier relations: a node's chance grows with its degree.
  const ends: number[] = Array.from({ length: nodeCount }, (_, i) => i);
  const edges: CompiledEdge[] = [];
  while (edges.length < edgeCount) {
    const a = random() < 0.15 ? Math.floor(random() * HUBS) : (ends[Math.floor(random() * ends.length)] ?? 0);
    const b = Math.floor(random() * nodeCount);
    if (a === b) continue;
    ends.push(a, b);
    const [source, target] = random() < 0.5 ? [a, b] : [b, a];
    edges.push({
      id: `r${String(edges.length)}`,
      kind: pick(RELATION_KINDS),
      source: `s${String(source)}`,
      target: `s${String(target)}`,
      status: pick(STATUSES),
      dates: {},
      provenance: 'stated',
      note: null,
      citations: [],
    });
  }
  const dataset: CompiledDataset = { version: '00000000000000bb', sources: [], nodes, edges, mentions: [] };
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-scalegraph-')), 'scale.sqlite');
  writeBundle(dataset, path);
  return { path, dataset };
}
