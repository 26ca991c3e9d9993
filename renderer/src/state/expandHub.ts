// Expanding a hub: a node with more relations than one page asks first ("4,800 neighbours — show the
// 50 most connected, or pick by kind"), brings its most connected neighbours by degree (the service
// sorts), and keeps a notice of what it left out with a way to load the next page.
import type { Neighbourhood } from '../../../shared/contract';
import { RELATION_KINDS, type RelationKind } from '../../../shared/ontology';
import { addNode, client, EXPAND_LIMIT, guarded } from './actions';
import { addNeighbourhood } from './graphSlice';
import { setHubLeftOut, setHubPrompt } from './scaleSlice';
import { apply, atlasStore } from './store';

/** Neighbours a hub shows first, and each "load more" adds. */
export const HUB_PAGE = 50;

/** A node with more relations than one expansion loads is a hub: expanding it asks first. */
export const isHub = (degree: number): boolean => degree > EXPAND_LIMIT;

const shownIds = (): string[] => [...atlasStore.getState().nodes.keys()];

/**
 * The node's relations per kind, from the service's stored per-kind degrees (one cheap call per kind,
 * its `total`), never counted from a first page of relations.
 */
export async function relationKindCounts(id: string): Promise<{ kind: RelationKind; count: number }[]> {
  const totals = await Promise.all(
    RELATION_KINDS.map(async (kind) => {
      const page = await client().call('node.neighbours', { id, relationKinds: [kind], limit: 1 });
      return { kind, count: page.total };
    }),
  );
  return totals.filter((t) => t.count > 0);
}

/** Opens the hub question for a node; the per-kind counts follow when the service has answered. */
export const askAboutHub = (id: string, total: number): Promise<void> =>
  guarded(async () => {
    apply(setHubPrompt({ id, total, kinds: null }), { quiet: true });
    const kinds = await relationKindCounts(id);
    if (atlasStore.getState().hubPrompt?.id === id) apply(setHubPrompt({ id, total, kinds }), { quiet: true });
  });

export const closeHubPrompt = (): void => apply(setHubPrompt(null), { quiet: true });

function hubPage(id: string, relationKinds: readonly RelationKind[] | null, cursor: string | null) {
  return client().call('node.neighbours', {
    id,
    limit: HUB_PAGE,
    order: 'degree',
    ...(relationKinds === null ? {} : { relationKinds: [...relationKinds] }),
    ...(cursor === null ? {} : { cursor }),
    among: shownIds(),
  });
}

function record(id: string, relationKinds: readonly RelationKind[] | null, hood: Neighbourhood, before: number) {
  apply(addNeighbourhood(hood));
  const entry = { id, relationKinds, shown: before + hood.edges.length, total: hood.total, cursor: hood.nextCursor };
  apply(setHubLeftOut(entry), { quiet: true });
}

/** The hub's most connected neighbours (of some relation kinds, if asked), one page, as one undo step. */
export const showMostConnected = (id: string, relationKinds: readonly RelationKind[] | null = null): Promise<void> =>
  guarded(async () => {
    closeHubPrompt();
    record(id, relationKinds, await hubPage(id, relationKinds, null), 0);
  });

/** The next page of a hub's neighbours, where the last one stopped. */
export const loadMoreOf = (id: string): Promise<void> =>
  guarded(async () => {
    const entry = atlasStore.getState().hubsLeftOut.find((h) => h.id === id);
    if (entry === undefined || entry.cursor === null) return;
    record(id, entry.relationKinds, await hubPage(id, entry.relationKinds, entry.cursor), entry.shown);
  });

/**
 * Search chose a hub: the hub itself (selected), then its most connected neighbours with the notice
 * of what was left out, instead of the first page of its relations by id.
 */
export async function openHub(id: string): Promise<void> {
  await addNode(id);
  if (atlasStore.getState().nodes.has(id)) await showMostConnected(id);
}
