// User additions wherever the graph is read, marked provenance `user`: the read handlers of the
// bundle wrapped so that a user node or relation answers like a bundled one, a bundle node's degree
// counts the user's relations, a kind lens holds the user's nodes of that kind, and every element
// carries the user's note. Relations with an end gone (detached) are never drawn. Paths, patterns and
// the matrix stay the bundle's: they answer from its precomputed adjacency and tables, and say what
// the letter states.
import { AppError } from '../../../shared/contract';
import type { GraphStore } from '../../store/graphStore';
import type { UserStore } from '../../store/userStore';
import type { Handlers } from '../handlers';
import { withUserCitations } from './overlayDocuments';
import { egoWithUser, neighboursWithUser, subgraphWithUser } from './overlayNeighbourhood';
import { nearUserNodes, suggestUserNodes } from './userNameSearch';
import {
  loadUserGraph,
  userEdgeDetail,
  userEdgeSummary,
  userNodeDetail,
  userNodeSummary,
  userRelationById,
  withNote,
  withUserDegree,
  type UserGraph,
} from './userGraph';

type Overlaid =
  | 'node.get'
  | 'edge.get'
  | 'node.neighbours'
  | 'graph.subgraph'
  | 'graph.details'
  | 'node.ego'
  | 'search.suggest'
  | 'search.nearby'
  | 'graph.elements'
  | 'node.documents'
  | 'node.byKind'
  | 'paths.find';

export function withUserAdditions(base: Handlers, graph: GraphStore, user: UserStore): Handlers {
  const load = (): UserGraph => loadUserGraph(graph, user.curation);
  const overlaid: Pick<Handlers, Overlaid> = {
    'node.get': async (input) => {
      const view = load();
      const own = view.nodes.get(input.id);
      if (own !== undefined) return userNodeDetail(view, own);
      return withNote(view, withUserDegree(view, await base['node.get'](input)));
    },
    'edge.get': async (input) => {
      const view = load();
      const own = userRelationById(view, input.id);
      if (own !== undefined) return userEdgeDetail(view, own);
      return withNote(view, await base['edge.get'](input));
    },
    'node.neighbours': async (input) => neighboursWithUser(base, graph, load(), input),
    'graph.subgraph': async (input) => subgraphWithUser(base, load(), input),
    'node.ego': async (input) => egoWithUser(base, graph, load(), input),
    'graph.details': async (input) => {
      const view = load();
      const bundle = await base['graph.details'](input);
      return {
        nodes: [
          ...bundle.nodes.map((n) => withNote(view, withUserDegree(view, n))),
          ...input.nodeIds.flatMap((id) => {
            const own = view.nodes.get(id);
            return own === undefined ? [] : [userNodeDetail(view, own)];
          }),
        ],
        edges: [
          ...bundle.edges.map((e) => withNote(view, e)),
          ...input.edgeIds.flatMap((id) => {
            const own = userRelationById(view, id);
            return own === undefined ? [] : [userEdgeDetail(view, own)];
          }),
        ],
      };
    },
    'search.suggest': async (input) => {
      const view = load();
      const mine = suggestUserNodes(view, input.text);
      const bundle = (await base['search.suggest'](input)).map((h) => ({ ...h, node: withUserDegree(view, h.node) }));
      return [...mine, ...bundle].slice(0, input.limit);
    },
    'search.nearby': async (input) => {
      const view = load();
      const mine = nearUserNodes(view, input.text);
      const bundle = (await base['search.nearby'](input)).map((h) => ({ ...h, node: withUserDegree(view, h.node) }));
      return [...mine, ...bundle].slice(0, input.limit);
    },
    'graph.elements': async (input) => {
      const view = load();
      const page = await base['graph.elements'](input);
      const last = page.nextCursor === null;
      return {
        ...page,
        nodes: [
          ...page.nodes.map((n) => withUserDegree(view, n)),
          ...(last ? [...view.nodes.values()].map((n) => userNodeSummary(view, n)) : []),
        ],
        edges: [...page.edges, ...(last ? view.relations.map(userEdgeSummary) : [])],
      };
    },
    'node.documents': async (input) => {
      const view = load();
      // A user node's mentions come from the documents' handler too (userCatalogue finds them).
      const refs = await base['node.documents'](input);
      return withUserCitations(refs, view, user.documents, input.id);
    },
    'node.byKind': async (input) => {
      const view = load();
      const bundle = (await base['node.byKind'](input)).map((n) => withNote(view, withUserDegree(view, n)));
      const kinds = new Set<string>(input.kinds);
      const own = [...view.nodes.values()].filter((n) => kinds.has(n.kind)).map((n) => userNodeDetail(view, n));
      const all = [...bundle, ...own];
      // By degree, a user node takes its place among the bundle's; by id, the user's come after them.
      if (input.order === 'degree') all.sort((a, b) => b.degree - a.degree);
      return all.slice(0, input.limit);
    },
    'paths.find': async (input) => {
      // Paths walk the bundle's packed adjacency; a user node is named as such rather than "not found".
      const view = load();
      for (const field of ['from', 'to'] as const) {
        const own = view.nodes.get(input[field]);
        if (own !== undefined) {
          throw new AppError(
            'INVALID_INPUT',
            `Paths are found over the bundled dataset only; "${own.label.nl}" is one of your own additions.`,
            field,
          );
        }
      }
      return base['paths.find'](input);
    },
  };
  return { ...base, ...bypassedWhenEmpty(base, overlaid, load) };
}

/** Nothing of the user's to lay over: no node, no drawn relation, no note. */
const isEmpty = (view: UserGraph): boolean =>
  view.nodes.size === 0 && view.relations.length === 0 && view.notes.size === 0;

/**
 * Each overlaid handler, answered by the bundle's own while the user has added nothing: the overlay
 * copies every node of an answer to lay degrees and notes over it (0.4 ms for a 1,000-node ego network).
 */
function bypassedWhenEmpty(
  base: Handlers,
  overlaid: Pick<Handlers, Overlaid>,
  load: () => UserGraph,
): Pick<Handlers, Overlaid> {
  const bypass = <K extends Overlaid>(method: K): Handlers[K] =>
    ((input: Parameters<Handlers[K]>[0]) =>
      (isEmpty(load()) ? base[method] : overlaid[method])(input as never)) as Handlers[K];
  const methods = Object.keys(overlaid) as Overlaid[];
  return Object.fromEntries(methods.map((m) => [m, bypass(m)])) as Pick<Handlers, Overlaid>;
}
