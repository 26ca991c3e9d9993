// Handlers of the explorer's contract methods: near spellings, relations among shown nodes, ego
// networks, nodes by kind and the last session's view.
import type { GraphStore } from '../../store/graphStore';
import type { UserStore } from '../../store/userStore';
import type { Handlers } from '../handlers';
import { egoNetwork } from './egoNetwork';
import { joiningEdges } from './joiningEdges';

type ExplorerMethods =
  'search.nearby' | 'graph.subgraph' | 'node.ego' | 'node.byKind' | 'view.getLast' | 'view.saveLast';

export function explorerHandlers(graph: GraphStore, user: UserStore): Pick<Handlers, ExplorerMethods> {
  return {
    'search.nearby': ({ text, limit }) =>
      graph.search.nearby(text, limit).map(({ node, name }) => ({ node, matched: name })),
    'graph.subgraph': ({ ids, among }) => ({
      nodes: graph.explorer.nodes(ids),
      ...joiningEdges(graph, ids, among ?? []),
    }),
    'node.ego': ({ id, depth, limit }) => egoNetwork(graph, id, depth, limit),
    'node.byKind': ({ kinds, limit, order }) =>
      graph.explorer.idsOfKinds(kinds, limit, order ?? 'id').flatMap((id) => {
        const node = graph.node(id);
        return node === null ? [] : [node];
      }),
    'view.getLast': () => ({ last: user.lastView() }),
    'view.saveLast': ({ state }) => user.saveLastView(state),
  };
}
