// Reusable input schemas: ids, cursors, limits. Every bound here is a promise the store relies on.
import { z } from 'zod';
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
