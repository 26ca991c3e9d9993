// Handlers of the explorer's contract methods: near spellings, relations among shown nodes, ego
// networks, nodes by kind and the last session's view.
import type { GraphStore } from '../../store/graphStore';
import type { UserStore } from '../../store/userStore';
import type { Handlers } from '../handlers';
import { egoNetwork } from './egoNetwork';

/** Relations one graph.subgraph call returns: a very dense view is cut here and says so. */
const MAX_SUBGRAPH_EDGES = 50_000;

type ExplorerMethods =
  'search.nearby' | 'graph.subgraph' | 'node.ego' | 'node.byKind' | 'view.getLast' | 'view.saveLast';

export function explorerHandlers(graph: GraphStore, user: UserStore): Pick<Handlers, ExplorerMethods> {
  return {
    'search.nearby': ({ text, limit }) =>
      graph.explorer.nearby(text, limit).map(({ node, name }) => ({ node, matched: name })),
    'graph.subgraph': ({ ids, among }) => {
      const edges = graph.explorer.edgesAmong(ids, among ?? [], MAX_SUBGRAPH_EDGES + 1);
      return {
        nodes: graph.explorer.nodes(ids),
        edges: edges.slice(0, MAX_SUBGRAPH_EDGES),
        truncated: edges.length > MAX_SUBGRAPH_EDGES,
      };
    },
    'node.ego': ({ id, depth, limit }) => egoNetwork(graph, id, depth, limit),
    'node.byKind': ({ kinds, limit }) =>
      graph.explorer.idsOfKinds(kinds, limit).flatMap((id) => {
        const node = graph.node(id);
        return node === null ? [] : [node];
      }),
    'view.getLast': () => ({ last: user.lastView() }),
    'view.saveLast': ({ state }) => user.saveLastView(state),
  };
}
