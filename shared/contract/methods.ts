// The contract: every call the renderer may make, its input schema and its result type.
// main/ implements it exhaustively; both transports carry it unchanged.
import { z } from 'zod';
import type { MethodName } from './methodNames';
import { cursorSchema, filterSpecSchema, idSchema, languageSchema, viewNameSchema, viewStateSchema } from './schemas';
import type { MatrixResult, PathsResult, PatternResult } from './analysisTypes';
import type {
  EdgeDetail,
  EgoNetwork,
  GraphDetails,
  LastView,
  Subgraph,
  ElementsPage,
  GraphInfo,
  Neighbourhood,
  NodeDetail,
  Preferences,
  SavedView,
  SavedViewSummary,
  SearchHit,
  SourceDocument,
} from './types';
import type { StorageStatus } from './storage';
import { NODE_KINDS, RELATION_KINDS } from '../ontology';
import { patternQuerySchema } from '../analysis/patternQuery';
import { documentMethods as doc, type DocumentResults as Doc } from './documents';
import { curationMethods as cur, type CurationResults as Cur } from './curation';
import { exchangeMethods as xch, type ExchangeResults as Xch } from './exchange';

interface MethodSpec<I extends z.ZodType, R> {
  readonly input: I;
  /** Phantom: carries the result type, never read at run time. */
  readonly result?: R;
}

function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

const empty = z.strictObject({});

/** Nodes one graph.subgraph call may name: a large view, bounded so one call cannot scan the world. */
export const MAX_SUBGRAPH_IDS = 20_000;
/** Nodes one path search may be told to avoid. */
export const MAX_PATH_EXCLUDED_NODES = 50;
/** Relations one graph.details call may name: the relations of a large view. */
export const MAX_DETAIL_EDGE_IDS = 100_000;

export const contract = {
  'graph.info': method<GraphInfo>()(empty),
  'graph.elements': method<ElementsPage>()(
    z.strictObject({
      cursor: cursorSchema.optional(),
      limit: z.number().int().min(1).max(5000).default(2000),
    }),
  ),
  'search.suggest': method<SearchHit[]>()(
    z.strictObject({
      text: z.string().trim().min(1).max(200),
      limit: z.number().int().min(1).max(50).default(12),
    }),
  ),
  'node.get': method<NodeDetail>()(z.strictObject({ id: idSchema })),
  'node.neighbours': method<Neighbourhood>()(
    z.strictObject({
      id: idSchema,
      relationKinds: z.array(z.enum(RELATION_KINDS)).max(RELATION_KINDS.length).optional(),
      cursor: cursorSchema.optional(),
      limit: z.number().int().min(1).max(1000).default(200),
      /** `degree`: the most connected neighbours first (a hub's "show the 50 most connected"); the cursor is then an offset. */
      order: z.enum(['id', 'degree']).optional(),
      /** Nodes already shown: the relations between them and this page's other nodes come back in `joining`. */
      among: z.array(idSchema).max(MAX_SUBGRAPH_IDS).optional(),
    }),
  ),
  'edge.get': method<EdgeDetail>()(z.strictObject({ id: idSchema })),
  'source.get': method<SourceDocument>()(z.strictObject({ id: idSchema })),
  'prefs.get': method<Preferences>()(empty),
  'prefs.set': method<Preferences>()(z.strictObject({ language: languageSchema.optional() })),
  'view.list': method<SavedViewSummary[]>()(empty),
  'view.get': method<SavedView>()(z.strictObject({ name: viewNameSchema })),
  'view.save': method<SavedViewSummary>()(z.strictObject({ name: viewNameSchema, state: viewStateSchema })),
  'view.delete': method<{ deleted: boolean }>()(z.strictObject({ name: viewNameSchema })),
  // Analysis: k shortest paths honouring the view's filters; hop and path caps keep big graphs responsive.
  'paths.find': method<PathsResult>()(
    z
      .strictObject({
        from: idSchema,
        to: idSchema,
        filters: filterSpecSchema.optional(),
        maxPaths: z.number().int().min(1).max(10).default(5),
        maxHops: z.number().int().min(1).max(6).default(4),
        /** Nodes no path may pass through (e.g. keep the Minister out); the two ends cannot be among them. */
        excludeNodes: z.array(idSchema).max(MAX_PATH_EXCLUDED_NODES).optional(),
        /** Kinds of node no path may pass through; the two ends stay, whatever their kind. */
        excludeNodeKinds: z.array(z.enum(NODE_KINDS)).max(NODE_KINDS.length).optional(),
      })
      .refine((input) => input.from !== input.to, { error: 'must differ from "from"', path: ['to'] })
      .refine((input) => !(input.excludeNodes ?? []).some((id) => id === input.from || id === input.to), {
        error: 'must not name "from" or "to"',
        path: ['excludeNodes'],
      }),
  ),
  'pattern.query': method<PatternResult>()(
    z.strictObject({ query: patternQuerySchema, limit: z.number().int().min(1).max(2000).default(500) }),
  ),
  'graph.matrix': method<MatrixResult>()(
    z.strictObject({
      rowKinds: z.array(z.enum(NODE_KINDS)).min(1).max(NODE_KINDS.length),
      columnKinds: z.array(z.enum(NODE_KINDS)).min(1).max(NODE_KINDS.length),
      filters: filterSpecSchema.optional(),
      limit: z.number().int().min(1).max(20000).default(5000),
    }),
  ),
  // Explorer: near spellings when search finds nothing; the relations among a set of nodes (for
  // restoring a view and connecting newly added nodes); a node's ego network; nodes of some kinds
  // (the priority lenses); the view of the last session.
  'search.nearby': method<SearchHit[]>()(
    z.strictObject({
      text: z.string().trim().min(1).max(200),
      limit: z.number().int().min(1).max(20).default(5),
    }),
  ),
  'graph.subgraph': method<Subgraph>()(
    z.strictObject({
      ids: z.array(idSchema).max(MAX_SUBGRAPH_IDS),
      /** Nodes already shown: relations from `ids` to these come back too (their summaries do not). */
      among: z.array(idSchema).max(MAX_SUBGRAPH_IDS).optional(),
    }),
  ),
  'node.ego': method<EgoNetwork>()(
    z.strictObject({
      id: idSchema,
      depth: z.number().int().min(1).max(2).default(1),
      limit: z.number().int().min(1).max(5000).default(1000),
    }),
  ),
  'node.byKind': method<NodeDetail[]>()(
    z.strictObject({
      kinds: z.array(z.enum(NODE_KINDS)).min(1).max(NODE_KINDS.length),
      limit: z.number().int().min(1).max(500).default(100),
      /** `degree`: the most connected first (an overview of a large dataset chooses by importance, not id). */
      order: z.enum(['id', 'degree']).optional(),
    }),
  ),
  // Wrapped, because a result type may not be null (MethodResult strips it).
  'view.getLast': method<{ last: LastView | null }>()(empty),
  'view.saveLast': method<{ updatedAt: string }>()(z.strictObject({ state: viewStateSchema })),
  // Exports and comparisons: descriptions and citations of many elements in one call (a PDF's sources,
  // a briefing, a snapshot). Ids that no longer exist are simply absent from the result.
  'graph.details': method<GraphDetails>()(
    z.strictObject({
      nodeIds: z.array(idSchema).max(MAX_SUBGRAPH_IDS).default([]),
      edgeIds: z.array(idSchema).max(MAX_DETAIL_EDGE_IDS).default([]),
    }),
  ),
  // The user database's state: whether saving works and what the user must be told about it.
  'app.status': method<{ storage: StorageStatus }>()(empty),
  // The document workbench (shared/contract/documents.ts): the user's own documents, their mentions, search.
  'document.import': method<Doc['document.import']>()(doc['document.import']),
  'document.progress': method<Doc['document.progress']>()(doc['document.progress']),
  'document.list': method<Doc['document.list']>()(doc['document.list']),
  'document.get': method<Doc['document.get']>()(doc['document.get']),
  'document.update': method<Doc['document.update']>()(doc['document.update']),
  'document.delete': method<Doc['document.delete']>()(doc['document.delete']),
  'document.mentions': method<Doc['document.mentions']>()(doc['document.mentions']),
  'document.search': method<Doc['document.search']>()(doc['document.search']),
  'node.documents': method<Doc['node.documents']>()(doc['node.documents']),
  // Curation (shared/contract/curation.ts): nodes and relations made from a passage, and notes.
  'curation.createNode': method<Cur['curation.createNode']>()(cur['curation.createNode']),
  'curation.createRelation': method<Cur['curation.createRelation']>()(cur['curation.createRelation']),
  'curation.updateNode': method<Cur['curation.updateNode']>()(cur['curation.updateNode']),
  'curation.updateRelation': method<Cur['curation.updateRelation']>()(cur['curation.updateRelation']),
  'curation.delete': method<Cur['curation.delete']>()(cur['curation.delete']),
  'curation.restore': method<Cur['curation.restore']>()(cur['curation.restore']),
  'curation.list': method<Cur['curation.list']>()(cur['curation.list']),
  'note.set': method<Cur['note.set']>()(cur['note.set']),
  // Exchange between laptops (shared/contract/exchange.ts): export, then inspect and apply on the other.
  'exchange.export': method<Xch['exchange.export']>()(xch['exchange.export']),
  'exchange.inspect': method<Xch['exchange.inspect']>()(xch['exchange.inspect']),
  'exchange.apply': method<Xch['exchange.apply']>()(xch['exchange.apply']),
} as const satisfies { readonly [M in MethodName]: MethodSpec<z.ZodType, unknown> };

export type Contract = typeof contract;
/** What a caller passes (defaults may be omitted). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = NonNullable<Contract[M]['result']>;
