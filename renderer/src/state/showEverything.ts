// "Show everything": a small dataset goes on the canvas whole, in pages, at its build-time overview
// places. A large one (more nodes than a drawing can hold readably) gets an overview instead: the most
// connected nodes of each kind, chosen by degree by the service, laid out kind by kind, with a notice
// of how many it left out. Either is one undo step.
import type { EdgeSummary, ElementsPage, NodeDetail, NodeSummary } from '../../../shared/contract';
import { NODE_KINDS, type NodeKind } from '../../../shared/ontology';
import { client, guarded } from './actions';
import { addNodes, setPositions, type Position } from './graphSlice';
import { setOverviewLeftOut } from './scaleSlice';
import { apply, atlasStore, type AtlasState } from './store';

/** Above this many nodes a dataset is shown as an overview, not drawn whole. */
export const LARGE_DATASET = 2000;
/** Nodes the overview draws at most, shared among the kinds. */
export const OVERVIEW_BUDGET = 2000;
/** node.byKind's cap per call. */
const BY_KIND_MAX = 500;

const then =
  (...producers: ((state: AtlasState) => AtlasState)[]) =>
  (state: AtlasState): AtlasState =>
    producers.reduce((s, p) => p(s), state);

export const showEverything = (): Promise<void> =>
  guarded(async () => {
    const { nodeCount } = await client().call('graph.info', {});
    if (nodeCount > LARGE_DATASET) await showOverview(nodeCount);
    else await showWhole();
  });

/** Every node and relation of the dataset, page by page, with the build-time overview places. */
export async function loadWholeGraph(): Promise<{
  nodes: NodeSummary[];
  edges: EdgeSummary[];
  overview: [string, Position][];
}> {
  const nodes: NodeSummary[] = [];
  const edges: EdgeSummary[] = [];
  const overview: [string, Position][] = [];
  let cursor: string | null = null;
  do {
    const page: ElementsPage = await client().call('graph.elements', {
      limit: 2000,
      ...(cursor === null ? {} : { cursor }),
    });
    nodes.push(...page.nodes);
    edges.push(...page.edges);
    overview.push(...Object.entries(page.overview));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return { nodes, edges, overview };
}

async function showWhole(): Promise<void> {
  const { nodes, edges, overview } = await loadWholeGraph();
  const before = atlasStore.getState();
  const placed = before.nodes.size === 0 && before.layout === 'force' ? overview : [];
  apply(then(addNodes(nodes, edges), setPositions(placed), setOverviewLeftOut(null)));
}

async function showOverview(total: number): Promise<void> {
  const perKind = Math.min(BY_KIND_MAX, Math.floor(OVERVIEW_BUDGET / NODE_KINDS.length));
  const groups = await Promise.all(
    NODE_KINDS.map(async (kind) => ({
      kind,
      nodes: await client().call('node.byKind', { kinds: [kind], limit: perKind, order: 'degree' }),
    })),
  );
  const chosen = groups.filter((g) => g.nodes.length > 0);
  const ids = chosen.flatMap((g) => g.nodes.map((n) => n.id));
  const before = atlasStore.getState();
  const among = [...before.nodes.keys()];
  const { nodes, edges } = await client().call('graph.subgraph', { ids, among });
  const placed = before.nodes.size === 0 ? overviewPlaces(chosen) : [];
  const perKindShown = chosen.map((g) => ({ kind: g.kind, shown: g.nodes.length }));
  const shown = new Set([...among, ...ids]).size;
  apply(then(addNodes(nodes, edges), setPositions(placed)));
  apply(setOverviewLeftOut({ shown, total, perKind: perKindShown }), { quiet: true });
}

const SPACING = 60;

/**
 * Places the overview kind by kind: each kind a square block of its nodes, most connected first from
 * the block's top left, blocks side by side. No force layout runs over thousands of nodes.
 */
export function overviewPlaces(
  groups: readonly { readonly kind: NodeKind; readonly nodes: readonly Pick<NodeDetail, 'id'>[] }[],
): [string, Position][] {
  const places: [string, Position][] = [];
  let left = 0;
  for (const group of groups) {
    const side = Math.max(1, Math.ceil(Math.sqrt(group.nodes.length)));
    group.nodes.forEach((node, i) => {
      places.push([node.id, { x: left + (i % side) * SPACING, y: Math.floor(i / side) * SPACING }]);
    });
    left += (side + 2) * SPACING;
  }
  return places;
}
