// Builders for workbench tests: PDF and Word files generated here (jsPDF, docx, fflate), never
// checked in, and a service over the mini dataset whose user folder can be reopened like a restart.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { jsPDF } from 'jspdf';
import type { Envelope, MethodInput, MethodName, MethodResult, WireError } from '../../shared/contract';
import { openService, type OpenService } from '../../main/service/openService';
import { buildDatasetFile, FIXTURE_DATA_DIR } from '../support/testService';

export interface PdfOptions {
  readonly title?: string;
  readonly author?: string;
  readonly created?: Date;
  /** Protects the file with this password (the reader needs it to open the file). */
  readonly userPassword?: string;
}

/** A PDF with one text line per entry of each page. */
export function makePdf(pages: readonly (readonly string[])[], options: PdfOptions = {}): Uint8Array {
  const doc = new jsPDF(
    options.userPassword === undefined
      ? {}
      : { encryption: { userPassword: options.userPassword, ownerPassword: 'owner', userPermissions: ['print'] } },
  );
  doc.setProperties({ title: options.title ?? '', author: options.author ?? '' });
  if (options.created !== undefined) doc.setCreationDate(options.created);
  pages.forEach((lines, index) => {
    if (index > 0) doc.addPage();
    lines.forEach((line, i) => doc.text(line, 15, 20 + i * 7));
  });
  return new Uint8Array(doc.output('arraybuffer'));
}

/** A PDF whose pages hold only drawings, as a scan without text recognition holds only images. */
export function makeImageOnlyPdf(pageCount: number): Uint8Array {
  const doc = new jsPDF();
  for (let i = 0; i < pageCount; i += 1) {
    if (i > 0) doc.addPage();
    doc.setFillColor(40, 40, 40);
    doc.rect(20, 20, 120, 160, 'F');
  }
  return new Uint8Array(doc.output('arraybuffer'));
}

export interface DocxCoreFields {
  readonly title: string;
  readonly creator: string;
  readonly created: string;
}

/** A Word file with these paragraphs and metadata; its created date fixed (docx stamps "now"). */
export async function makeDocx(paragraphs: readonly string[], core?: DocxCoreFields): Promise<Uint8Array> {
  const doc = new Document({
    ...(core === undefined ? {} : { title: core.title, creator: core.creator }),
    sections: [{ children: paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] })) }],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  if (core === undefined) return withoutCore(bytes);
  const files = unzipSync(bytes);
  const xml = strFromU8(files['docProps/core.xml'] ?? new Uint8Array()).replace(
    /(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/,
    `$1${core.created}$2`,
  );
  return zipSync({ ...files, 'docProps/core.xml': strToU8(xml) });
}

function withoutCore(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  delete files['docProps/core.xml'];
  return zipSync(files);
}

export const base64 = (bytes: Uint8Array | string): string =>
  (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes)).toString('base64');

export interface Workbench {
  readonly service: OpenService;
  readonly datasetPath: string;
  readonly userDataDir: string;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  fail(method: MethodName, input: unknown): Promise<WireError>;
  /** Closes the service and opens it again over the same files, as a restart does. */
  restart(datasetPath?: string): Workbench;
}

let miniDataset: string | null = null;

export function openWorkbench(datasetPath?: string, userDataDir?: string): Workbench {
  miniDataset ??= buildDatasetFile(FIXTURE_DATA_DIR);
  const dataset = datasetPath ?? miniDataset;
  const folder = userDataDir ?? mkdtempSync(join(tmpdir(), 'atlas-documents-'));
  const service = openService({ datasetPath: dataset, userDataDir: folder, onWarning: () => undefined });
  return {
    service,
    datasetPath: dataset,
    userDataDir: folder,
    async call(method, input) {
      const envelope = (await service.dispatch(method, input)) as Envelope<never>;
      if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.value;
    },
    async fail(method, input) {
      const envelope = await service.dispatch(method, input);
      if (envelope.ok) throw new Error(`${method} was expected to fail`);
      return envelope.error;
    },
    restart(nextDataset) {
      service.close();
      return openWorkbench(nextDataset ?? dataset, folder);
    },
  };
}

export function userDbFile(workbench: Workbench): string {
  return join(workbench.userDataDir, 'ips-atlas-user.sqlite');
}
