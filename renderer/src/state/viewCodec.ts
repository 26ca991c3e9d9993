// A view as it is saved in the user database: node ids (not their data, which the dataset may update),
// positions, hidden and pinned nodes, filters, scope, layout and label toggle. Parsed back with a
// schema, because a saved view may come from an older app or a damaged file.
import { z } from 'zod';
import { filterSpecSchema } from '../../../shared/contract/schemas';
import { patternQuerySchema, type PatternQuery } from '../../../shared/analysis/patternQuery';
import type { ViewSnapshot } from './historySlice';
import { LAYOUTS, type Scope } from './viewSlice';
import { roundedViewport, viewportSchema, type Viewport } from '../export/formats/viewport';
import { roundToTenth } from '../../../shared/layout/roundToTenth';

export const VIEW_FORMAT = 'ips-atlas-view';

const ids = z.array(z.string().min(1).max(120)).max(20_000);

const savedViewSchema = z.object({
  format: z.literal(VIEW_FORMAT),
  version: z.literal(1),
  nodeIds: ids,
  positions: z.record(z.string(), z.tuple([z.number(), z.number()])),
  hidden: ids,
  pinned: ids,
  filters: filterSpecSchema,
  scope: z.object({ type: z.enum(['lens', 'ego']), anchorId: z.string(), excluded: ids, added: ids }).nullable(),
  layout: z.enum(LAYOUTS),
  edgeLabels: z.boolean(),
  /** The analysis panel's pattern query: absent in older views; an unreadable one is dropped, not the view. */
  pattern: patternQuerySchema.optional().catch(undefined),
  /** Zoom and pan when saved: absent in older views (they are fitted); an unreadable one is dropped too. */
  viewport: viewportSchema.optional().catch(undefined),
});

export type SavedViewData = z.infer<typeof savedViewSchema>;

export function encodeView(view: ViewSnapshot, pattern?: PatternQuery, viewport?: Viewport): SavedViewData {
  return {
    format: VIEW_FORMAT,
    version: 1,
    nodeIds: [...view.nodes.keys()],
    positions: Object.fromEntries(
      [...view.positions]
        .filter(([id]) => view.nodes.has(id))
        .map(([id, p]) => [id, [roundToTenth(p.x), roundToTenth(p.y)]]),
    ),
    hidden: [...view.hidden],
    pinned: [...view.pinned],
    filters: {
      ...(view.filters.nodeKinds === undefined ? {} : { nodeKinds: [...view.filters.nodeKinds] }),
      ...(view.filters.relationKinds === undefined ? {} : { relationKinds: [...view.filters.relationKinds] }),
      ...(view.filters.statuses === undefined ? {} : { statuses: [...view.filters.statuses] }),
      ...(view.filters.asOfYear === undefined ? {} : { asOfYear: view.filters.asOfYear }),
    },
    scope:
      view.scope === null
        ? null
        : {
            type: view.scope.type,
            anchorId: view.scope.anchorId,
            excluded: [...view.scope.excluded],
            added: [...view.scope.added],
          },
    layout: view.layout,
    edgeLabels: view.edgeLabels,
    ...(pattern === undefined ? {} : { pattern }),
    ...(viewport === undefined ? {} : { viewport: roundedViewport(viewport, roundToTenth) }),
  };
}

/** The saved view, or null when it is not one this app can read. */
export function decodeView(value: unknown): SavedViewData | null {
  const parsed = savedViewSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The view fields a decoded view sets, once its nodes and relations are loaded again. */
export function viewFields(data: SavedViewData): Omit<ViewSnapshot, 'nodes' | 'edges'> {
  const scope: Scope | null =
    data.scope === null
      ? null
      : {
          type: data.scope.type,
          anchorId: data.scope.anchorId,
          excluded: new Set(data.scope.excluded),
          added: new Set(data.scope.added),
        };
  return {
    positions: new Map(Object.entries(data.positions).map(([id, [x, y]]) => [id, { x, y }])),
    hidden: new Set(data.hidden),
    pinned: new Set(data.pinned),
    filters: data.filters,
    scope,
    layout: data.layout,
    edgeLabels: data.edgeLabels,
  };
}
