// The shell's own small contract: capabilities that are not graph data (save a file, copy a picture,
// open a file the user chose or handed to the app). Electron implements it in main/; browser mode
// falls back to downloads, the Clipboard API and a file input. Errors travel as data, like the graph
// contract's: { ok: false, error: { code, message } }.
import { z } from 'zod';
import type { Envelope } from './contract/errors';

export { SHELL_CHANNELS } from './shellChannels';

/** The largest file the shell writes or reads for the renderer: a PDF of a big view at 4×, with room. */
export const MAX_SHELL_FILE_BYTES = 200 * 1024 * 1024;
/** Snapshots are JSON; a larger file handed to the app is not one of ours. */
export const MAX_OPENED_FILE_BYTES = 50 * 1024 * 1024;

const fileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\:*?"<>|]/.test(name) && !Array.from(name, (c) => c.charCodeAt(0)).some((code) => code < 32), {
    error: 'must be a file name without a folder',
  });

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(80),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,8}$/))
    .min(1)
    .max(8),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  filters: z.array(fileFilterSchema).max(8),
  data: z.union([
    z.string().max(MAX_SHELL_FILE_BYTES),
    z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SHELL_FILE_BYTES, 'is too large'),
  ]),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
/** Either saved at `path`, or the user cancelled the dialog (not an error). */
export type SaveFileResult = { readonly saved: true; readonly path: string } | { readonly saved: false };

export const copyImageRequestSchema = z.strictObject({
  png: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_SHELL_FILE_BYTES),
});
export type CopyImageRequest = z.infer<typeof copyImageRequestSchema>;

/** The documents the workbench imports (document.import): the open dialog offers these. */
export const DOCUMENT_FILE_FILTER: FileFilter = { name: 'Documents', extensions: ['txt', 'md', 'pdf', 'docx'] };

/**
 * What a file handed to the app from outside (a launch argument, "open with", a double-click) is, by
 * its extension: a snapshot to open, a document to import, or an exchange file from another laptop.
 * null: not ours, so it is never read.
 */
export type HandedFileKind = 'snapshot' | 'document' | 'exchange';

export function handedFileKind(name: string): HandedFileKind | null {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  const extension = name.slice(dot + 1).toLowerCase();
  if (extension === 'json') return 'snapshot';
  if (extension === 'ipsatlas') return 'exchange';
  return DOCUMENT_FILE_FILTER.extensions.includes(extension) ? 'document' : null;
}

export const openFileRequestSchema = z.strictObject({
  filters: z.array(fileFilterSchema).max(8),
  /** utf8 (the default) for snapshots; base64 for documents, whose bytes (PDF, Word) are not text. */
  encoding: z.enum(['utf8', 'base64']).optional(),
});
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

export interface OpenedFile {
  /** The file's name without its folder: shown to the user, never used as a path. */
  readonly name: string;
  /**
   * The file's content as UTF-8 text, or its bytes as base64 when the request asked for that (and,
   * for a handed file, when handedFileKind says it is a document or an exchange file).
   */
  readonly text: string;
}
export type OpenFileResult = { readonly opened: true; readonly file: OpenedFile } | { readonly opened: false };

/** What the preload exposes as window.ipsAtlasShell. */
export interface ShellBridge {
  saveFile(request: SaveFileRequest): Promise<Envelope<SaveFileResult>>;
  copyImage(request: CopyImageRequest): Promise<Envelope<{ readonly copied: true }>>;
  openFile(request: OpenFileRequest): Promise<Envelope<OpenFileResult>>;
  /** The next file handed to the app from outside (launch argument, "open with"), if any. */
  takeOpenedFile(): Promise<Envelope<OpenedFile | { readonly none: true }>>;
  /** Called when a file is handed to the app while it runs; then call takeOpenedFile. */
  onFileWaiting(listener: () => void): void;
}
