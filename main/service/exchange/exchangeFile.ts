// The exchange file's container: a zip (fflate) of manifest.json and one JSON file per part. The
// manifest names the format and its version and carries each part's SHA-256, so a file is told apart
// as foreign (not ours), newer (a later format) or damaged (truncated, altered, invalid) before any
// record is compared; each part is then validated with its zod schema.
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { z } from 'zod';
import { AppError, MAX_EXCHANGE_BYTES } from '../../../shared/contract';
import { RELATION_KIND_INFO } from '../../../shared/ontology';
import {
  documentRecordSchema,
  nodeRecordSchema,
  noteRecordSchema,
  relationRecordSchema,
  type ExchangeContent,
} from './exchangeRecords';

export const EXCHANGE_FORMAT = 'ips-atlas-exchange';
export const EXCHANGE_FORMAT_VERSION = 1;
/** What a file may unpack to: document text is far smaller than the PDFs it came from, so this is generous. */
const MAX_UNPACKED_BYTES = 8 * MAX_EXCHANGE_BYTES;

const PART_SCHEMAS = {
  'documents.json': z.array(documentRecordSchema),
  'nodes.json': z.array(nodeRecordSchema),
  'relations.json': z.array(relationRecordSchema),
  'notes.json': z.array(noteRecordSchema),
} as const;
type PartName = keyof typeof PART_SCHEMAS;
const PART_NAMES = Object.keys(PART_SCHEMAS) as PartName[];
const MANIFEST = 'manifest.json';

const manifestSchema = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  formatVersion: z.literal(EXCHANGE_FORMAT_VERSION),
  exportedAt: z.string().min(1).max(40),
  datasetVersion: z.string().min(1).max(200),
  parts: z.strictObject(
    Object.fromEntries(PART_NAMES.map((name) => [name, z.string().regex(/^[0-9a-f]{64}$/)])) as Record<
      PartName,
      z.ZodString
    >,
  ),
});

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function encodeExchange(content: ExchangeContent): Uint8Array {
  const parts: Record<PartName, Uint8Array> = {
    'documents.json': strToU8(JSON.stringify(content.documents)),
    'nodes.json': strToU8(JSON.stringify(content.nodes)),
    'relations.json': strToU8(JSON.stringify(content.relations)),
    'notes.json': strToU8(JSON.stringify(content.notes)),
  };
  const manifest = {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    exportedAt: content.exportedAt,
    datasetVersion: content.datasetVersion,
    parts: Object.fromEntries(PART_NAMES.map((name) => [name, sha256(parts[name])])),
  };
  // The manifest first, so a reader sees what it holds before the large parts.
  return zipSync({ [MANIFEST]: strToU8(JSON.stringify(manifest, null, 2)), ...parts }, { level: 6 });
}

const foreign = (why: string): AppError =>
  new AppError('EXCHANGE_FOREIGN', `This is not an IPS Atlas exchange file: ${why}.`);
const malformed = (why: string): AppError =>
  new AppError('EXCHANGE_MALFORMED', `The exchange file is damaged or incomplete: ${why}.`);

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  // A zip starts with a local file header ("PK\3\4"); a snapshot, a PDF or random bytes do not.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 3 || bytes[3] !== 4) {
    throw foreign('it is not a zip container');
  }
  let unpacked = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== MANIFEST && !(PART_NAMES as string[]).includes(file.name)) return false;
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES)
          throw new AppError('PAYLOAD_TOO_LARGE', 'The exchange file unpacks too large.');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw malformed('the zip container cannot be read (is the file truncated?)');
  }
}

function readJson(bytes: Uint8Array, name: string): unknown {
  try {
    return JSON.parse(strFromU8(bytes)) as unknown;
  } catch {
    throw malformed(`${name} is not valid JSON`);
  }
}

function readManifest(files: Record<string, Uint8Array>): z.output<typeof manifestSchema> {
  const bytes = files[MANIFEST];
  if (bytes === undefined) throw foreign('it holds no IPS Atlas manifest');
  const raw = readJson(bytes, MANIFEST);
  const head = z.looseObject({ format: z.unknown(), formatVersion: z.unknown() }).safeParse(raw);
  if (!head.success || head.data.format !== EXCHANGE_FORMAT) throw foreign('its manifest names another format');
  const version = head.data.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXCHANGE_FORMAT_VERSION) {
    throw new AppError(
      'EXCHANGE_NEWER_VERSION',
      `The exchange file has format version ${String(version)}; this IPS Atlas reads up to ${String(EXCHANGE_FORMAT_VERSION)}.`,
    );
  }
  const manifest = manifestSchema.safeParse(raw);
  if (!manifest.success) throw malformed(`manifest.json is invalid (${describe(manifest.error)})`);
  return manifest.data;
}

function readPart<P extends PartName>(
  files: Record<string, Uint8Array>,
  name: P,
  expected: string,
): z.output<(typeof PART_SCHEMAS)[P]> {
  const bytes = files[name];
  if (bytes === undefined) throw malformed(`${name} is missing`);
  if (sha256(bytes) !== expected) throw malformed(`${name} does not match its checksum`);
  const parsed = PART_SCHEMAS[name].safeParse(readJson(bytes, name));
  if (!parsed.success) throw malformed(`${name} is invalid (${describe(parsed.error)})`);
  return parsed.data as z.output<(typeof PART_SCHEMAS)[P]>;
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue === undefined ? 'unknown' : `${issue.path.join('.') || 'root'}: ${issue.message}`;
}

/** Reads and checks a whole file; throws EXCHANGE_FOREIGN, EXCHANGE_NEWER_VERSION or EXCHANGE_MALFORMED. */
export function decodeExchange(bytes: Uint8Array): ExchangeContent {
  if (bytes.byteLength > MAX_EXCHANGE_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The exchange file is larger than ${String(MAX_EXCHANGE_BYTES)} bytes.`);
  }
  const files = unzip(bytes);
  const manifest = readManifest(files);
  const content: ExchangeContent = {
    exportedAt: manifest.exportedAt,
    datasetVersion: manifest.datasetVersion,
    documents: readPart(files, 'documents.json', manifest.parts['documents.json']),
    nodes: readPart(files, 'nodes.json', manifest.parts['nodes.json']),
    relations: readPart(files, 'relations.json', manifest.parts['relations.json']),
    notes: readPart(files, 'notes.json', manifest.parts['notes.json']),
  };
  checkConsistent(content);
  return content;
}

/** The parts must agree with each other: unique ids, and every citation quoting a document in the file. */
function checkConsistent(content: ExchangeContent): void {
  const unique = (ids: readonly string[], what: string): void => {
    if (new Set(ids).size !== ids.length) throw malformed(`${what} repeat an id`);
  };
  unique(
    content.documents.map((d) => d.id),
    'documents',
  );
  unique(
    [...content.nodes, ...content.relations].map((e) => e.id),
    'nodes and relations',
  );
  unique(
    content.notes.map((n) => n.targetId),
    'notes',
  );
  // Between two of the file's own nodes a relation's kind must fit their kinds, as curation demands;
  // an end in the bundle is judged by this laptop's bundle, which may differ, so it is left alone.
  const kinds = new Map(content.nodes.map((n) => [n.id, n.kind]));
  for (const r of content.relations) {
    const from = kinds.get(r.source);
    const to = kinds.get(r.target);
    const info = RELATION_KIND_INFO[r.kind];
    if (from !== undefined && to !== undefined && !(info.from.includes(from) && info.to.includes(to))) {
      throw malformed(`${r.id} is a "${r.kind}" relation from a ${from} to a ${to}, which the ontology does not allow`);
    }
  }
  const texts = new Map(content.documents.map((d) => [d.id, d.text]));
  for (const element of [...content.nodes, ...content.relations]) {
    const { documentId, start, end, quote } = element.citation;
    const text = texts.get(documentId);
    if (text === undefined) throw malformed(`${element.id} cites ${documentId}, which the file does not hold`);
    // Spacing may be tidied in a stored quote (a line break read as a space); its words may not differ.
    if (end > text.length || squash(text.slice(start, end)) !== squash(quote)) {
      throw malformed(`${element.id}'s quote is not in ${documentId} at its offsets`);
    }
  }
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
