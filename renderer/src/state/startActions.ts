// The opening view's actions: the key actors (the most connected actors in the dataset, asked of the
// service, never a fixed list) and the example questions, each run through the same analysis and
// canvas actions a user would reach by hand. Questions name their nodes by words, found by search.
import type { NodeSummary } from '../../../shared/contract';
import { NODE_KINDS, type NodeKind, type RelationKind } from '../../../shared/ontology';
import { groupByKind } from './kindGroups';
import { client, guarded, openNode } from './actions';
import { findPaths, openAnalysis, runPattern } from './analysisActions';
import { setPathEnd } from './analysisSlice';
import { openLens, showEverything } from './canvasActions';
import { addNodes, setPositions } from './graphSlice';
import { setOverviewLeftOut } from './scaleSlice';
import { LARGE_DATASET, loadWholeGraph } from './showEverything';
import { selectFilterSpec } from './selectors';
import { apply, atlasStore } from './store';

/** Kinds that act: who cooperates, as opposed to treaties, instruments or phenomena. */
export const ACTOR_KINDS = [
  'state',
  'international-organisation',
  'international-body',
  'national-organisation',
  'council-or-committee',
] as const satisfies readonly NodeKind[];

/** The `count` actors with the most relations in the whole dataset, most connected first. */
export async function loadKeyActors(count: number): Promise<NodeSummary[]> {
  const actors = await client().call('node.byKind', { kinds: [...ACTOR_KINDS], limit: 500 });
  return [...actors].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id)).slice(0, count);
}

/** One example question: what it runs. Nodes are named by a search term, resolved when asked. */
export type Question =
  | { readonly type: 'path'; readonly from: string; readonly to: string }
  | {
      readonly type: 'pattern';
      readonly subjectKinds: readonly NodeKind[];
      readonly relationKinds: readonly RelationKind[];
      readonly object: string;
    }
  | { readonly type: 'node'; readonly term: string }
  | { readonly type: 'lens'; readonly priority: number };

/** The node a term names: search's best hit. Throws, naming the term, when search finds nothing. */
async function nodeFor(term: string): Promise<NodeSummary> {
  const [hit] = await client().call('search.suggest', { text: term, limit: 1 });
  if (hit === undefined) throw new Error(`no node matches "${term}"`);
  return hit.node;
}

/** Runs an example question; the answer lands on the canvas and, for paths and patterns, in the analysis panel. */
export const askQuestion = (question: Question): Promise<void> => {
  switch (question.type) {
    case 'path':
      return guarded(async () => {
        const [from, to] = await Promise.all([nodeFor(question.from), nodeFor(question.to)]);
        apply(setPathEnd('from', from));
        apply(setPathEnd('to', to));
        openAnalysis('paths');
        await findPaths(selectFilterSpec(atlasStore.getState()));
      });
    case 'pattern':
      return guarded(async () => {
        const object = await nodeFor(question.object);
        openAnalysis('pattern');
        await runPattern({
          subject: { type: 'kinds', kinds: [...question.subjectKinds] },
          relationKinds: [...question.relationKinds],
          object: { type: 'node', id: object.id },
          direction: 'forward',
          statuses: [],
        });
      });
    case 'node':
      return guarded(async () => {
        await openNode((await nodeFor(question.term)).id);
      });
    case 'lens': {
      const lens = atlasStore.getState().lenses[question.priority - 1];
      return lens === undefined ? Promise.resolve() : openLens(lens.id);
    }
  }
};

/**
 * "Alles tonen" as a readable overview: on an empty canvas with the force layout, the whole dataset
 * grouped by kind (kindGroups.ts), one undo step. A large dataset, or a canvas that already shows
 * something, gets showEverything's own handling.
 */
export const showOverview = (): Promise<void> => {
  const { nodes, layout } = atlasStore.getState();
  if (nodes.size > 0 || layout !== 'force') return showEverything();
  return guarded(async () => {
    const { nodeCount } = await client().call('graph.info', {});
    if (nodeCount > LARGE_DATASET) {
      await showEverything();
      return;
    }
    const graph = await loadWholeGraph();
    const placed = groupByKind(graph.nodes, NODE_KINDS);
    apply((state) => setOverviewLeftOut(null)(setPositions(placed)(addNodes(graph.nodes, graph.edges)(state))));
  });
};
