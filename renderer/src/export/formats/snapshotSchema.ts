// The JSON snapshot file format (version 1): the visible subgraph with its data and citations, and
// everything needed to reopen the view exactly — positions, filters, selection, zoom and pan,
// language, layout and the pattern query. Checked with zod on open: a snapshot may come from anyone.
import { z } from 'zod';
import { DATE_KEYS, filterSpecSchema, idSchema, languageSchema } from '../../../../shared/contract';
import { patternQuerySchema } from '../../../../shared/analysis/patternQuery';
import { NODE_KINDS, PROVENANCES, RELATION_KINDS, STATUSES } from '../../../../shared/ontology';
import { viewportSchema } from './viewport';

export const SNAPSHOT_FORMAT = 'ips-atlas-snapshot';
export const SNAPSHOT_VERSION = 1;
export const MAX_SNAPSHOT_NODES = 20_000;
export const MAX_SNAPSHOT_EDGES = 100_000;

const text = (max: number) => z.string().max(max);
const localized = z.strictObject({ nl: text(2000), en: text(2000) });
/** zod 4 numbers refuse Infinity and NaN already. */
const finite = z.number();
const ids = (max: number) => z.array(idSchema).max(max);

const citationSchema = z.strictObject({
  sourceId: idSchema,
  quote: text(5000),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

const datesSchema = z.partialRecord(z.enum(DATE_KEYS), text(40));
/** Snapshots written before provenance existed hold only stated facts. */
const provenanceSchema = z.enum(PROVENANCES).default('stated');

export const snapshotNodeSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(NODE_KINDS),
  label: localized,
  status: z.enum(STATUSES).nullable(),
  dates: datesSchema,
  provenance: provenanceSchema,
  degree: z.number().int().min(0),
  description: localized,
  aliases: z.array(text(300)).max(200),
  attributes: z.record(z.string().max(120), z.union([text(2000), finite, z.boolean()])),
  citations: z.array(citationSchema).max(500),
});

export const snapshotEdgeSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(RELATION_KINDS),
  source: idSchema,
  target: idSchema,
  status: z.enum(STATUSES),
  dates: datesSchema,
  provenance: provenanceSchema,
  note: localized.nullable(),
  citations: z.array(citationSchema).max(500),
});

export const snapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  dataset: z.strictObject({ version: text(64) }),
  language: languageSchema,
  nodes: z.array(snapshotNodeSchema).max(MAX_SNAPSHOT_NODES),
  edges: z.array(snapshotEdgeSchema).max(MAX_SNAPSHOT_EDGES),
  /** Model coordinates, [x, y], rounded to a hundredth. */
  positions: z.record(idSchema, z.tuple([finite, finite])),
  pinned: ids(MAX_SNAPSHOT_NODES),
  selection: z.strictObject({
    nodes: ids(MAX_SNAPSHOT_NODES),
    edges: ids(MAX_SNAPSHOT_EDGES),
    /** The element the detail panel shows. */
    focus: z.strictObject({ type: z.enum(['node', 'edge']), id: idSchema }).nullable(),
  }),
  viewport: viewportSchema,
  filters: filterSpecSchema,
  layout: z.enum(['force', 'concentric', 'hierarchical']),
  edgeLabels: z.boolean(),
  pattern: patternQuerySchema.nullable(),
});

export type Snapshot = z.infer<typeof snapshotSchema>;
export type SnapshotNode = z.infer<typeof snapshotNodeSchema>;
export type SnapshotEdge = z.infer<typeof snapshotEdgeSchema>;
