// The document workbench's contract: the user's own documents (text, Markdown, PDF, Word), the
// mentions of known nodes found in them, and search across their text. Documents live in the user
// database, never in the bundle; their ids start with `user-doc-`, which no bundle id does.
import { z } from 'zod';
import type { NodeKind } from '../ontology';
import { idSchema } from './schemas';
import { LANGUAGES, type Language, type Localized } from './languages';

export const DOCUMENT_FORMATS = ['text', 'markdown', 'pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** Kinds an adviser files documents under; `other` when the file does not say. */
export const DOCUMENT_KINDS = [
  'letter',
  'council-conclusions',
  'treaty',
  'report',
  'evaluation',
  'legislation',
  'note',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The largest file the workbench imports; the renderer checks a file's size against it before sending. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
/** The base64 the schema lets through: larger than the limit, so an oversized file is DOCUMENT_TOO_LARGE, not INVALID_INPUT. */
const MAX_DOCUMENT_BASE64 = Math.ceil((2 * MAX_DOCUMENT_BYTES) / 3) * 4;

/** Dates as documents give them: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export const documentDateSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
  error: 'must be YYYY, YYYY-MM or YYYY-MM-DD',
});

const documentFileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\]/.test(name), { error: 'must be a file name without a folder' });

/** Lets the renderer poll an import's progress (document.progress) while document.import runs. */
const progressKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'must be 8–64 letters, digits, - or _' });

export const documentMethods = {
  /**
   * The file as the shell's open dialog or a drop hands it over: its name (the format is read from
   * the extension and checked against the bytes) and its bytes as base64, which every transport carries.
   */
  'document.import': z.strictObject({
    fileName: documentFileNameSchema,
    data: z.base64().max(MAX_DOCUMENT_BASE64),
    progressKey: progressKeySchema.optional(),
  }),
  'document.progress': z.strictObject({ progressKey: progressKeySchema }),
  'document.list': z.strictObject({}),
  'document.get': z.strictObject({ id: idSchema }),
  'document.update': z.strictObject({
    id: idSchema,
    title: z.string().trim().min(1).max(300).optional(),
    /** null clears the field. */
    date: documentDateSchema.nullable().optional(),
    author: z.string().trim().min(1).max(200).nullable().optional(),
    kind: z.enum(DOCUMENT_KINDS).optional(),
    language: z.enum(LANGUAGES).nullable().optional(),
  }),
  'document.delete': z.strictObject({ id: idSchema }),
  'document.mentions': z.strictObject({ id: idSchema }),
  /** Full-text search over every document's text: every word must occur (diacritics-blind), the last as a prefix. */
  'document.search': z.strictObject({
    text: z.string().trim().min(1).max(200),
    /** Only these documents; all when absent. */
    documentIds: z.array(idSchema).min(1).max(500).optional(),
    limit: z.number().int().min(1).max(200).default(50),
  }),
  /** Every document (the bundled sources and the user's own) that mentions or cites a node. */
  'node.documents': z.strictObject({ id: idSchema }),
} as const;

export interface DocumentSummary {
  readonly id: string;
  readonly title: string;
  readonly author: string | null;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD", from the file where it says, else null until the user sets it. */
  readonly date: string | null;
  readonly kind: DocumentKind;
  /** Guessed from the text (Dutch or English), editable; null when the text does not tell. */
  readonly language: Language | null;
  readonly format: DocumentFormat;
  /** The name of the imported file, shown to the user, never used as a path. */
  readonly fileName: string;
  readonly byteSize: number;
  readonly pageCount: number;
  readonly charCount: number;
  readonly mentionCount: number;
  readonly importedAt: string;
  readonly updatedAt: string;
}

/** One page of a document: its number as printed by the format (1-based) and its range in the text. */
export interface DocumentPage {
  readonly number: number;
  readonly start: number;
  readonly end: number;
}

export interface UserDocument extends DocumentSummary {
  /**
   * The text as the viewer shows it: pages joined by a form feed ("\f"), Markdown stripped of its
   * markup. Every offset in the workbench (pages, mentions, passages, citations) points into it.
   */
  readonly text: string;
  /** Text and Markdown files are one page; PDF pages are the PDF's; Word documents are one page. */
  readonly pages: readonly DocumentPage[];
}

export interface DocumentImportResult {
  readonly document: DocumentSummary;
  /** The same bytes were imported before: nothing new was stored, `document` is the earlier one. */
  readonly alreadyImported: boolean;
}

export const IMPORT_PHASES = ['reading', 'extracting', 'mentions', 'storing', 'done'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

export interface ImportProgress {
  readonly phase: ImportPhase;
  /** Units done of total in this phase (pages while extracting); total 0 when the phase has no count. */
  readonly done: number;
  readonly total: number;
}

/** One occurrence of a node's label or alias in a document's text. */
export interface DocumentMention {
  readonly nodeId: string;
  readonly kind: NodeKind;
  readonly start: number;
  readonly end: number;
  readonly page: number;
}

export interface MentionedNode {
  readonly nodeId: string;
  readonly kind: NodeKind;
  readonly label: Localized;
  readonly count: number;
}

export interface DocumentMentions {
  readonly documentId: string;
  /** In text order. */
  readonly mentions: readonly DocumentMention[];
  /** Each mentioned node once, the most mentioned first: the mentions panel. */
  readonly nodes: readonly MentionedNode[];
}

/** A passage of a document that matches a search, with where it sits. */
export interface DocumentPassage {
  readonly documentId: string;
  readonly title: string;
  readonly page: number;
  /** The passage's range in the document's text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The matched words, as ranges in `text` (not in the document). */
  readonly highlights: readonly { readonly start: number; readonly end: number }[];
}

export interface DocumentSearchResult {
  readonly passages: readonly DocumentPassage[];
  /** More passages matched than `limit`. */
  readonly truncated: boolean;
}

/** A document that mentions or cites a node: a bundled source (the letter) or one of the user's own. */
export interface NodeDocumentRef {
  readonly documentId: string;
  readonly origin: 'bundle' | 'user';
  readonly title: Localized;
  readonly date: string | null;
  readonly mentionCount: number;
  readonly citationCount: number;
  /** The first mention or citation, to open the viewer at. */
  readonly first: { readonly start: number; readonly end: number; readonly page: number } | null;
}

/** Document methods' results, keyed like `documentMethods`; methods.ts registers both. */
export interface DocumentResults {
  'document.import': DocumentImportResult;
  'document.progress': { progress: ImportProgress | null };
  'document.list': DocumentSummary[];
  'document.get': UserDocument;
  'document.update': DocumentSummary;
  'document.delete': { deleted: boolean };
  'document.mentions': DocumentMentions;
  'document.search': DocumentSearchResult;
  'node.documents': NodeDocumentRef[];
}
