// The shape of the curated YAML entries. Kinds and endpoint rules are checked afterwards against
// the ontology, so a wrong kind gets a message that lists the allowed ones.
import { z } from 'zod';
import { DATE_KEYS } from '../../shared/contract';
import { attributeText, labelText, proseText, quoteText } from './textRules';

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');
const text = z.string().trim().min(1, 'must not be empty');
const localizedLabel = z.strictObject({ nl: labelText, en: labelText });
const localizedProse = z.strictObject({ nl: proseText, en: proseText });
const dateValue = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(
    z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\s*[–-]\s*\d{4})?$/, 'must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY–YYYY'),
  );
const dates = z.partialRecord(z.enum(DATE_KEYS), dateValue).default({});
const citation = z.strictObject({ source: kebabId, quote: quoteText });
const citations = z.array(citation).min(1, 'needs at least one citation');

export const sourceEntrySchema = z.strictObject({
  id: kebabId,
  file: z.string().min(1),
  title: localizedLabel,
  author: text,
  kind: text,
  language: text,
  date: z.union([z.string(), z.number()]).transform(String).nullable().default(null),
  reference: z.string().nullable().default(null),
});

export const nodeEntrySchema = z.strictObject({
  id: kebabId,
  kind: text,
  label: localizedLabel,
  description: localizedProse,
  aliases: z.array(labelText).default([]),
  status: text.optional(),
  dates,
  /** `stated` (default) or `editorial`; checked against the ontology's PROVENANCES by compileDataset. */
  provenance: text.optional(),
  /** Why a quote with a time cue ("sinds", "vorig jaar", …) still gives this entry no date. */
  timeNote: proseText.optional(),
  attributes: z.record(z.string(), z.union([attributeText, z.number(), z.boolean()])).default({}),
  citations,
});

export const relationEntrySchema = z.strictObject({
  id: kebabId,
  kind: text,
  from: kebabId,
  to: kebabId,
  status: text,
  dates,
  provenance: text.optional(),
  timeNote: proseText.optional(),
  note: localizedProse.optional(),
  citations,
});

export type SourceEntry = z.output<typeof sourceEntrySchema>;
export type NodeEntry = z.output<typeof nodeEntrySchema>;
export type RelationEntry = z.output<typeof relationEntrySchema>;
