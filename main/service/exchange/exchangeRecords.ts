// The parts of an exchange file as zod schemas: every record is checked on import before anything is
// compared or written, so a damaged or hand-edited file is refused as a whole, never half-read.
import { z } from 'zod';
import {
  DOCUMENT_FORMATS,
  DOCUMENT_KINDS,
  LANGUAGES,
  dateMapSchema,
  documentDateSchema,
  idSchema,
  isUserDocumentId,
  isUserNodeId,
  isUserRelationId,
  type UserNodeRecord,
  type UserNote,
  type UserRelationRecord,
} from '../../../shared/contract';
import { NODE_KINDS, RELATION_KINDS, STATUSES } from '../../../shared/ontology';
import type { ExchangedDocument } from '../../store/exchangeStore';

const line = z.string().min(1).max(300);
const prose = z.string().max(2000);
// As the stores write them (Date.toISOString), read leniently: a second's precision more or less is no damage.
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/);

const pageSchema = z.strictObject({
  number: z.number().int().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const documentRecordSchema = z
  .strictObject({
    id: idSchema.refine(isUserDocumentId, { error: 'must be a user document id' }),
    title: line,
    author: z.string().min(1).max(200).nullable(),
    date: documentDateSchema.nullable(),
    kind: z.enum(DOCUMENT_KINDS),
    language: z.enum(LANGUAGES).nullable(),
    format: z.enum(DOCUMENT_FORMATS),
    fileName: z.string().min(1).max(200),
    byteSize: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    pages: z.array(pageSchema).min(1),
    text: z.string(),
    importedAt: timestamp,
    updatedAt: timestamp,
  })
  // The id is derived from the file's hash: that is how two laptops recognise the same document.
  .refine((d) => d.id === `user-doc-${d.sha256.slice(0, 16)}`, { error: 'must be derived from sha256', path: ['id'] })
  .refine((d) => d.pages.every((p) => p.start <= p.end && p.end <= d.text.length), {
    error: 'must lie inside the text',
    path: ['pages'],
  });

const citationSchema = z
  .strictObject({
    documentId: idSchema.refine(isUserDocumentId, { error: 'must be a user document id' }),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    quote: z.string().min(1).max(5000),
  })
  .refine((c) => c.end > c.start, { error: 'must end after it starts', path: ['end'] });

export const nodeRecordSchema = z.strictObject({
  id: idSchema.refine(isUserNodeId, { error: 'must be a user node id' }),
  kind: z.enum(NODE_KINDS),
  label: z.strictObject({ nl: z.string().min(1).max(200), en: z.string().min(1).max(200).nullable() }),
  status: z.enum(STATUSES).nullable(),
  dates: dateMapSchema,
  description: prose,
  aliases: z.array(z.string().min(1).max(200)).max(20),
  citation: citationSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const relationRecordSchema = z
  .strictObject({
    id: idSchema.refine(isUserRelationId, { error: 'must be a user relation id' }),
    kind: z.enum(RELATION_KINDS),
    source: idSchema,
    target: idSchema,
    status: z.enum(STATUSES),
    dates: dateMapSchema,
    citation: citationSchema,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .refine((r) => r.source !== r.target, { error: 'must differ from "source"', path: ['target'] });

export const noteRecordSchema = z.strictObject({
  targetId: idSchema,
  text: z.string().min(1).max(2000),
  updatedAt: timestamp,
});

// The records as the stores read and write them; each schema's output must fit its type (readPart checks).
export type DocumentRecord = ExchangedDocument;
export type NodeRecord = UserNodeRecord;
export type RelationRecord = UserRelationRecord;
export type NoteRecord = UserNote;

/** Everything one exchange file carries, once read and checked. */
export interface ExchangeContent {
  readonly exportedAt: string;
  readonly datasetVersion: string;
  readonly documents: readonly DocumentRecord[];
  readonly nodes: readonly NodeRecord[];
  readonly relations: readonly RelationRecord[];
  readonly notes: readonly NoteRecord[];
}
