// Exchange between laptops: the user's documents, additions and notes as one file, and its import
// elsewhere. Import is two calls on the same bytes: exchange.inspect reports what would be added,
// what is already there and what conflicts (same id, different content) without changing anything;
// exchange.apply merges in one transaction, taking the user's choice per conflict. A file that is
// not an IPS Atlas exchange file, is damaged or comes from a newer IPS Atlas changes nothing.
import { z } from 'zod';
import { idSchema } from './schemas';
import { MAX_DOCUMENT_BYTES } from './documents';

/** The largest exchange file the app reads: a few large documents with their additions. */
export const MAX_EXCHANGE_BYTES = MAX_DOCUMENT_BYTES;
const MAX_EXCHANGE_BASE64 = Math.ceil((2 * MAX_EXCHANGE_BYTES) / 3) * 4;

/** The file's name extension, so the open dialog and a drop can tell an exchange file apart. */
export const EXCHANGE_EXTENSION = '.ipsatlas';

const exchangeFileSchema = z.strictObject({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((name) => !/[/\\]/.test(name), { error: 'must be a file name without a folder' }),
  data: z.base64().max(MAX_EXCHANGE_BASE64),
});

export const CONFLICT_CHOICES = ['keep-mine', 'take-theirs'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];

export const exchangeMethods = {
  /** Everything the user made: their documents, nodes, relations and notes, as one file's bytes. */
  'exchange.export': z.strictObject({}),
  'exchange.inspect': exchangeFileSchema,
  /** Conflicts without a choice keep the user's own version. */
  'exchange.apply': exchangeFileSchema.extend({
    choices: z.record(idSchema, z.enum(CONFLICT_CHOICES)).default({}),
  }),
} as const;

export const EXCHANGE_ITEM_TYPES = ['document', 'node', 'relation', 'note'] as const;
export type ExchangeItemType = (typeof EXCHANGE_ITEM_TYPES)[number];

export interface ExchangeItem {
  readonly type: ExchangeItemType;
  readonly id: string;
  /** What the user recognises it by: a document's title, a node's label, a relation as "A – kind – B". */
  readonly label: string;
}

export interface ExchangeConflict extends ExchangeItem {
  /** The fields that differ, by name (e.g. "label", "status", "text"). */
  readonly fields: readonly string[];
  /** Each side's value of those fields as short text, for the user to choose between. */
  readonly mine: Readonly<Record<string, string>>;
  readonly theirs: Readonly<Record<string, string>>;
  /** After exchange.apply: what was done. */
  readonly choice?: ConflictChoice;
}

export interface ExchangeReport {
  /** From the file: who made it when, and against which dataset. */
  readonly exportedAt: string;
  readonly datasetVersion: string;
  readonly added: readonly ExchangeItem[];
  readonly alreadyThere: readonly ExchangeItem[];
  readonly conflicts: readonly ExchangeConflict[];
  /** Relations whose ends exist neither in this dataset nor in the file: kept, reported as detached. */
  readonly detached: readonly ExchangeItem[];
  /** false for exchange.inspect, true once exchange.apply has merged. */
  readonly applied: boolean;
}

export interface ExchangeExport {
  /** Named and dated, e.g. "ips-atlas-uitwisseling-2026-12-03.ipsatlas". */
  readonly fileName: string;
  readonly data: string;
  readonly counts: Readonly<Record<ExchangeItemType, number>>;
}

export interface ExchangeResults {
  'exchange.export': ExchangeExport;
  'exchange.inspect': ExchangeReport;
  'exchange.apply': ExchangeReport;
}
