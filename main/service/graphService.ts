// The one service behind every transport: contract handlers over the bundled and user stores.
import { AppError } from '../../shared/contract';
import type { GraphStore } from '../store/graphStore';
import type { UserStore } from '../store/userStore';
import type { Handlers } from './handlers';
import { matrixQuery } from './analysis/matrixQuery';
import { runPattern } from './analysis/runPattern';
import { curationHandlers } from './curation/curationHandlers';
import { withUserAdditions } from './curation/userOverlay';
import { documentHandlers } from './documents/documentHandlers';
import { exchangeHandlers } from './exchange/exchangeHandlers';
import { explorerHandlers } from './explorer/explorerHandlers';
import { joiningEdges } from './explorer/joiningEdges';
import { findPaths } from './paths/findPaths';

function found<T>(value: T | null, what: string): T {
  if (value === null) throw new AppError('NOT_FOUND', `No ${what} exists.`);
  return value;
}

const cursorToNumber = (cursor: string | undefined): number => (cursor === undefined ? 0 : Number(cursor));

export function createGraphService(graph: GraphStore, user: UserStore): Handlers {
  const bundle: Handlers = {
    'graph.info': () => graph.info(),
    'graph.elements': ({ cursor, limit }) => graph.elements(cursorToNumber(cursor), limit),
    'search.suggest': ({ text, limit }) => graph.suggest(text, limit),
    'node.get': ({ id }) => found(graph.node(id), `node with id "${id}"`),
    'node.neighbours': ({ id, relationKinds, cursor, limit, among, order }) => {
      const hood = found(
        graph.neighbours(id, relationKinds ?? null, cursorToNumber(cursor), limit, order ?? 'id'),
        `node with id "${id}"`,
      );
      if (among === undefined) return hood;
      const shown = new Set(among);
      const fresh = [hood.centre, ...hood.nodes].map((n) => n.id).filter((n) => !shown.has(n));
      const inPage = new Set(hood.edges.map((e) => e.id));
      return { ...hood, joining: joiningEdges(graph, fresh, among).edges.filter((e) => !inPage.has(e.id)) };
    },
    'edge.get': ({ id }) => found(graph.edge(id), `relation with id "${id}"`),
    'source.get': ({ id }) => found(graph.source(id), `source with id "${id}"`),
    'prefs.get': () => user.preferences(),
    'prefs.set': (patch) => user.setPreferences(patch),
    'view.list': () => user.views(),
    'view.get': ({ name }) => found(user.view(name), `saved view named "${name}"`),
    'view.save': ({ name, state }) => user.saveView(name, state),
    'view.delete': ({ name }) => ({ deleted: user.deleteView(name) }),
    'paths.find': (request) => findPaths(graph, request),
    'pattern.query': ({ query, limit }) => runPattern(graph, query, limit),
    'graph.matrix': (request) => matrixQuery(graph, request),
    ...explorerHandlers(graph, user),
    'graph.details': ({ nodeIds, edgeIds }) => ({
      nodes: graph.details.nodes(nodeIds),
      edges: graph.details.edges(edgeIds),
    }),
    'app.status': () => ({ storage: user.status() }),
    ...documentHandlers(graph, user),
    ...exchangeHandlers(graph, user),
    ...curationHandlers(graph, user),
  };
  // The user's additions and notes appear wherever the graph is read (curation/userOverlay.ts).
  return withUserAdditions(bundle, graph, user);
}
