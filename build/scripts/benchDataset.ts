// A synthetic dataset for the benchmarks: n nodes of the ontology's kinds and m relations the
// ontology allows, seeded so every run benchmarks the same graph, written with the real bundle writer
// (same schema, indexes, FTS and search tables). Degrees are heavy-tailed: five hubs take 16% of
// the relations (10^4–10^5 each at a million), the rest follow a power law with local clusters.
import type { CompiledEdge, CompiledNode } from '../../main/dataset/compiledDataset';
import type { Citation } from '../../shared/contract';
import { writeBundleStream, type BundleStream } from '../../main/store/bundleWriter';
import { pairSet } from './benchDataPairs';
import { mulberry32 } from '../../shared/layout/seededRandom';
import {
  NODE_KINDS,
  RELATION_KINDS,
  RELATION_KIND_INFO,
  type NodeKind,
  type RelationKind,
} from '../../shared/ontology';
import { syntheticName } from './benchNames';

const SOURCE_ID = 'synthetische-brief';
/** Share of all relations each hub takes (capped so a hub never needs more neighbours than exist). */
const HUB_SHARES = [0.08, 0.04, 0.02, 0.01, 0.01];
const HUB_KINDS: readonly NodeKind[] = ['state', 'international-body', 'international-organisation', 'region'];

/** Sentences of the synthetic letter; every node and relation cites one of them. */
function sourceText(): { text: string; sentences: { start: number; end: number }[] } {
  const sentences: { start: number; end: number }[] = [];
  let text = '';
  for (let i = 0; i < 64; i += 1) {
    const sentence = `De samenwerking nummer ${String(i)} wordt versterkt met partners in Europa en daarbuiten.`;
    sentences.push({ start: text.length, end: text.length + sentence.length });
    text += `${sentence} `;
  }
  return { text, sentences };
}

function kindsAllowed(): Map<string, RelationKind[]> {
  const allowed = new Map<string, RelationKind[]>();
  for (const from of NODE_KINDS)
    for (const to of NODE_KINDS)
      allowed.set(
        `${from}>${to}`,
        RELATION_KINDS.filter(
          (k) => RELATION_KIND_INFO[k].from.includes(from) && RELATION_KIND_INFO[k].to.includes(to),
        ),
      );
  return allowed;
}

/** Rows handed to the writer at a time: a few MiB of objects, whatever the size of the graph. */
const SYNTHETIC_BATCH = 20_000;

/**
 * The synthetic dataset as batches, generated while the writer asks for them: only the node kinds
 * (a byte a node) and the joined pairs (see benchDataPairs.ts) are kept, so 10^7 relations fit.
 * The same seed gives the same rows in the same order.
 */
export function syntheticStream(
  nodeCount: number,
  edgeCount: number,
  seed = 2019,
  batch = SYNTHETIC_BATCH,
): BundleStream {
  const random = mulberry32(seed);
  const draw = (n: number): number => Math.floor(random() * n);
  const { text, sentences } = sourceText();
  const cite = (i: number): Citation[] => {
    const s = sentences[i % sentences.length] ?? { start: 0, end: 1 };
    return [{ sourceId: SOURCE_ID, quote: text.slice(s.start, s.end), start: s.start, end: s.end }];
  };
  const kinds = new Uint8Array(nodeCount);
  function* nodes(): Generator<CompiledNode[]> {
    for (let from = 0; from < nodeCount; from += batch) {
      const rows: CompiledNode[] = [];
      for (let i = from; i < Math.min(nodeCount, from + batch); i += 1) {
        const name = syntheticName(i, random);
        const kind =
          i < HUB_SHARES.length
            ? (HUB_KINDS[i % HUB_KINDS.length] ?? 'state')
            : (NODE_KINDS[draw(NODE_KINDS.length)] ?? 'state');
        kinds[i] = NODE_KINDS.indexOf(kind);
        rows.push({
          id: `node-${String(i)}`,
          kind,
          label: { nl: name.nl, en: name.en },
          description: { nl: `${name.nl} werkt samen in ${kind}.`, en: `${name.en} cooperates as ${kind}.` },
          aliases: name.aliases,
          attributes: {},
          status: null,
          dates: {},
          provenance: 'stated',
          citations: cite(i),
        });
      }
      yield rows;
    }
  }
  function* edges(): Generator<CompiledEdge[]> {
    const allowed = kindsAllowed();
    const hubCaps = HUB_SHARES.map((share) => Math.min(Math.floor(share * edgeCount), Math.floor(nodeCount * 0.6)));
    const hubCount = [0, 0, 0, 0, 0];
    const seen = pairSet(nodeCount, edgeCount);
    let made = 0;
    let rows: CompiledEdge[] = [];
    while (made < edgeCount) {
      const hub = pickHub(random(), hubCaps, hubCount);
      let a: number;
      let b: number;
      if (hub >= 0) {
        a = hub;
        b = draw(nodeCount);
      } else {
        // Power law over the rest, and mostly near neighbours: clusters joined into one graph.
        a = Math.floor(nodeCount * random() ** 3);
        b = random() < 0.7 ? (a + 1 + draw(20)) % nodeCount : draw(nodeCount);
      }
      const [source, target] = random() < 0.5 ? [a, b] : [b, a];
      if (source === target || !seen.add(source, target)) continue;
      if (hub >= 0) hubCount[hub] = (hubCount[hub] ?? 0) + 1;
      const choice = allowed.get(
        `${NODE_KINDS[kinds[source] ?? 0] ?? 'state'}>${NODE_KINDS[kinds[target] ?? 0] ?? 'state'}`,
      ) ?? ['part-of'];
      rows.push({
        id: `edge-${String(made)}`,
        kind: choice[draw(choice.length)] ?? 'part-of',
        source: `node-${String(source)}`,
        target: `node-${String(target)}`,
        status: 'in-force',
        dates: {},
        provenance: 'stated',
        note: null,
        citations: cite(made),
      });
      made += 1;
      if (rows.length === batch || made === edgeCount) {
        yield rows;
        rows = [];
      }
    }
  }
  const source = {
    meta: {
      id: SOURCE_ID,
      title: { nl: 'Synthetische brief', en: 'Synthetic letter' },
      author: 'Benchmark',
      kind: 'letter',
      language: 'nl',
      date: '2026-01-01',
      reference: null,
    },
    text,
  } as const;
  return { version: '0000000000000bench', sources: [source], nodes: nodes(), edges: edges(), mentions: [] };
}

/** Which hub (or -1) the next relation starts from: each hub by its share, until it is full. */
function pickHub(roll: number, caps: readonly number[], counts: readonly number[]): number {
  let acc = 0;
  for (let h = 0; h < HUB_SHARES.length; h += 1) {
    acc += HUB_SHARES[h] ?? 0;
    if (roll < acc) return (counts[h] ?? 0) < (caps[h] ?? 0) ? h : -1;
  }
  return -1;
}

export function writeSyntheticDataset(path: string, nodeCount: number, edgeCount: number): void {
  writeBundleStream(syntheticStream(nodeCount, edgeCount), path);
}
