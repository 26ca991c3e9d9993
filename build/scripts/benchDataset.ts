// A synthetic dataset for the benchmark: n nodes of every kind and m relations, seeded so every run
// benchmarks the same graph, written with the real bundle writer (same schema, indexes and FTS).
import type { CompiledDataset, CompiledEdge, CompiledNode } from '../../main/dataset/compiledDataset';
import { writeBundle } from '../../main/store/bundleWriter';
import { mulberry32 } from '../../shared/layout/seededRandom';
import { NODE_KINDS, RELATION_KINDS } from '../../shared/ontology';

export function writeSyntheticDataset(path: string, nodeCount: number, edgeCount: number): void {
  const random = mulberry32(2019);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const nodes: CompiledNode[] = Array.from({ length: nodeCount }, (_, i) => ({
    id: `node-${String(i)}`,
    kind: pick(NODE_KINDS),
    label: { nl: `Knoop ${String(i)}`, en: `Node ${String(i)}` },
    description: { nl: `Synthetische knoop ${String(i)}.`, en: `Synthetic node ${String(i)}.` },
    aliases: [],
    attributes: {},
    status: null,
    dates: {},
    citations: [],
  }));
  const edges: CompiledEdge[] = [];
  const seen = new Set<string>();
  while (edges.length < edgeCount) {
    // Mostly near neighbours, some long links: clusters joined into one graph, like real networks.
    const source = Math.floor(random() * nodeCount);
    const target =
      random() < 0.8 ? (source + 1 + Math.floor(random() * 20)) % nodeCount : Math.floor(random() * nodeCount);
    const key = `${String(source)}-${String(target)}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    edges.push({
      id: `edge-${String(edges.length)}`,
      kind: pick(RELATION_KINDS),
      source: `node-${String(source)}`,
      target: `node-${String(target)}`,
      status: 'in-force',
      dates: {},
      note: null,
      citations: [],
    });
  }
  const dataset: CompiledDataset = { version: '0000000000000bench', sources: [], nodes, edges, mentions: [] };
  writeBundle(dataset, path);
}
