// Reusable input schemas: ids, cursors, limits. Every bound here is a promise the store relies on.
import { z } from 'zod';
import { NODE_KINDS, PROVENANCES, RELATION_KINDS, STATUSES } from '../ontology';
import { LANGUAGES } from './types';

export const idSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');

/** Opaque paging cursor handed out by the service. */
export const cursorSchema = z.string().max(40).regex(/^\d+$/, 'must be a cursor returned by an earlier call');

export const languageSchema = z.enum(LANGUAGES);

export const viewNameSchema = z.string().trim().min(1).max(120);

/** Saved view state: any JSON value, capped so one view cannot bloat the user database. */
export const MAX_VIEW_STATE_BYTES = 2_000_000;
export const viewStateSchema = z.unknown().refine(
  (value) => {
    if (value === undefined) return false;
    try {
      return JSON.stringify(value).length <= MAX_VIEW_STATE_BYTES;
    } catch {
      return false;
    }
  },
  { error: `must be JSON of at most ${String(MAX_VIEW_STATE_BYTES)} bytes` },
);

/** A view's filters as the service receives them (see shared/filters/graphFilter.ts). */
export const filterSpecSchema = z.strictObject({
  nodeKinds: z.array(z.enum(NODE_KINDS)).max(NODE_KINDS.length).optional(),
  relationKinds: z.array(z.enum(RELATION_KINDS)).max(RELATION_KINDS.length).optional(),
  statuses: z.array(z.enum(STATUSES)).max(STATUSES.length).optional(),
  provenances: z.array(z.enum(PROVENANCES)).max(PROVENANCES.length).optional(),
  asOfYear: z.number().int().min(1900).max(2100).optional(),
});
