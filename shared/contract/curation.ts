// The workbench's curation contract: nodes and relations the user makes from a passage of one of
// their own documents (the passage is the citation, by offsets; the service reads the quote from the
// stored text, so a quote can never say what the document does not), and notes on any node or
// relation. User additions carry provenance `user` wherever they travel (canvas, detail, table,
// exports, briefing). Their ids start with `user-node-` / `user-rel-`, which no bundle id does.
// They live in the user database and survive a bundle replacement; a user relation whose bundle
// end is gone is kept and reported (curation.list's `detached`), never silently dropped.
import { z } from 'zod';
import { NODE_KINDS, RELATION_KINDS, STATUSES, type NodeKind, type RelationKind, type Status } from '../ontology';
import { idSchema } from './schemas';
import { DATE_KEYS, type DateMap, type EdgeDetail, type NodeDetail, type UserNote } from './types';

/** A label or alias as the user types it: one line, as long as the dataset allows. */
const lineSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((text) => !/\p{Cc}/u.test(text), { error: 'must be one line without control characters' });

/** Prose (description, note): as long as the dataset allows, newlines and tabs only. */
const proseSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((text) => !/(?![\n\t])\p{Cc}/u.test(text), {
    error: 'must not hold control characters other than newline and tab',
  });

/** Dates as the dataset gives them: "YYYY", "YYYY-MM", "YYYY-MM-DD" or a period "YYYY–YYYY". */
const dateValueSchema = z.string().regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?|[–-]\d{4})?$/, {
  error: 'must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY–YYYY',
});
export const dateMapSchema = z.partialRecord(z.enum(DATE_KEYS), dateValueSchema);

/** The user's label: Dutch required, English optional (the Dutch one is shown in English when absent). */
const labelInputSchema = z.strictObject({ nl: lineSchema, en: lineSchema.optional() });

/** A passage of one of the user's documents, by offsets into its text (UserDocument.text). */
export const passageSchema = z
  .strictObject({
    documentId: idSchema,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((p) => p.end > p.start, { error: 'must end after it starts', path: ['end'] })
  .refine((p) => p.end - p.start <= 5000, { error: 'must be at most 5,000 characters', path: ['end'] });
export type Passage = z.output<typeof passageSchema>;

const nodeFields = {
  label: labelInputSchema,
  status: z.enum(STATUSES).nullable(),
  dates: dateMapSchema,
  description: proseSchema,
  aliases: z.array(lineSchema).max(20),
};

const relationFields = {
  kind: z.enum(RELATION_KINDS),
  status: z.enum(STATUSES),
  dates: dateMapSchema,
};

export const curationMethods = {
  /** A node stated by a passage of a user document; its citation is exactly that passage. */
  'curation.createNode': z.strictObject({
    kind: z.enum(NODE_KINDS),
    label: nodeFields.label,
    status: nodeFields.status.default(null),
    dates: nodeFields.dates.default({}),
    description: nodeFields.description.default(''),
    aliases: nodeFields.aliases.default([]),
    citation: passageSchema,
    note: proseSchema.optional(),
  }),
  /**
   * A relation between any two nodes (bundle or user), stated by a passage. The kind must allow the
   * two ends' kinds (RELATION_KIND_INFO from/to): otherwise INVALID_INPUT with field `kind`.
   */
  'curation.createRelation': z
    .strictObject({
      kind: relationFields.kind,
      source: idSchema,
      target: idSchema,
      status: relationFields.status.default('in-force'),
      dates: relationFields.dates.default({}),
      citation: passageSchema,
      note: proseSchema.optional(),
    })
    .refine((r) => r.source !== r.target, { error: 'must differ from "source"', path: ['target'] }),
  /** Changes a user node's fields (absent = unchanged); its kind and citation stay (the passage is the fact). */
  'curation.updateNode': z.strictObject({
    id: idSchema,
    label: nodeFields.label.optional(),
    status: nodeFields.status.optional(),
    dates: nodeFields.dates.optional(),
    description: nodeFields.description.optional(),
    aliases: nodeFields.aliases.optional(),
  }),
  /** Changes a user relation's kind, status or dates; its ends and citation stay. */
  'curation.updateRelation': z.strictObject({
    id: idSchema,
    kind: relationFields.kind.optional(),
    status: relationFields.status.optional(),
    dates: relationFields.dates.optional(),
  }),
  /**
   * Deletes a user node (with the user relations that touch it) or a user relation. Kept as deleted,
   * so curation.restore undoes it exactly; bundle ids are FORBIDDEN.
   */
  'curation.delete': z.strictObject({ id: idSchema }),
  /** Undoes curation.delete: the node or relation and everything deleted with it come back. */
  'curation.restore': z.strictObject({ id: idSchema }),
  /** Everything the user added, for the "Mijn toevoegingen" list and the exchange file. */
  'curation.list': z.strictObject({}),
  /**
   * The user's note on any node or relation, bundle or user. An empty text removes it. Notes are the
   * user's own words: shown as such, never as the letter's.
   */
  'note.set': z.strictObject({ targetId: idSchema, text: proseSchema }),
} as const;

/** A user relation kept while one of its ends no longer exists (the bundle was replaced). */
export interface DetachedRelation {
  readonly relation: EdgeDetail;
  /** The ends that are gone. */
  readonly missing: readonly string[];
}

export interface CurationList {
  /** provenance `user`; citations point at user documents. */
  readonly nodes: readonly NodeDetail[];
  readonly edges: readonly EdgeDetail[];
  readonly notes: readonly UserNote[];
  readonly detached: readonly DetachedRelation[];
}

/** What curation.delete removed (the node and its relations, or one relation): what restore brings back. */
export interface CurationDeleted {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
}

export interface CurationResults {
  'curation.createNode': NodeDetail;
  'curation.createRelation': EdgeDetail;
  'curation.updateNode': NodeDetail;
  'curation.updateRelation': EdgeDetail;
  'curation.delete': CurationDeleted;
  'curation.restore': CurationDeleted;
  'curation.list': CurationList;
  'note.set': { note: UserNote | null };
}

/** Plain-data shapes the store keeps; re-exported for the exchange file. */
export interface UserNodeRecord {
  readonly id: string;
  readonly kind: NodeKind;
  readonly label: { readonly nl: string; readonly en: string | null };
  readonly status: Status | null;
  readonly dates: DateMap;
  readonly description: string;
  readonly aliases: readonly string[];
  readonly citation: Passage & { readonly quote: string };
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface UserRelationRecord {
  readonly id: string;
  readonly kind: RelationKind;
  readonly source: string;
  readonly target: string;
  readonly status: Status;
  readonly dates: DateMap;
  readonly citation: Passage & { readonly quote: string };
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const isUserNodeId = (id: string): boolean => id.startsWith('user-node-');
export const isUserRelationId = (id: string): boolean => id.startsWith('user-rel-');
export const isUserDocumentId = (id: string): boolean => id.startsWith('user-doc-');
