// A pattern query for people who do not write query languages: [node or kinds] —[relation kinds]→
// [node or kinds], with status and "as of" year filters. Serialisable, so a saved view keeps it.
import { z } from 'zod';
import { idSchema } from '../contract/schemas';
import { NODE_KINDS, RELATION_KINDS, STATUSES } from '../ontology';

export const PATTERN_DIRECTIONS = ['forward', 'backward', 'either'] as const;
export type PatternDirection = (typeof PATTERN_DIRECTIONS)[number];

/** One side of the pattern: a specific node, or any node of these kinds (none listed: any node). */
export const patternEndSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('node'), id: idSchema }),
  z.strictObject({ type: z.literal('kinds'), kinds: z.array(z.enum(NODE_KINDS)).max(NODE_KINDS.length) }),
]);
export type PatternEnd = z.infer<typeof patternEndSchema>;

export const patternQuerySchema = z.strictObject({
  subject: patternEndSchema,
  /** Empty: any relation kind. */
  relationKinds: z.array(z.enum(RELATION_KINDS)).max(RELATION_KINDS.length),
  object: patternEndSchema,
  /** forward: subject → object as the letter states it; backward: object → subject; either: both. */
  direction: z.enum(PATTERN_DIRECTIONS),
  /** Empty: any status. */
  statuses: z.array(z.enum(STATUSES)).max(STATUSES.length),
  /** Only relations that hold in this year (see holdsIn in shared/filters/graphFilter.ts). */
  asOfYear: z.number().int().min(1900).max(2100).optional(),
});
export type PatternQuery = z.infer<typeof patternQuerySchema>;

export const ANY_END: PatternEnd = { type: 'kinds', kinds: [] };

export const emptyPatternQuery = (): PatternQuery => ({
  subject: ANY_END,
  relationKinds: [],
  object: ANY_END,
  direction: 'forward',
  statuses: [],
});
