// The shell's file and clipboard capabilities, written against a structural view of Electron's
// dialog and clipboard so they run under Node in tests. Inputs are validated here (the renderer is
// not trusted); every outcome is an Envelope, never a thrown error across IPC.
import { basename, dirname, join } from 'node:path';
import { AppError, type Envelope, type WireError } from '../../shared/contract/errors';
import { invalidInput } from '../../shared/contract/zodIssue';
import { MAX_DOCUMENT_BYTES } from '../../shared/contract/documents';
import {
  copyImageRequestSchema,
  handedFileKind,
  openFileRequestSchema,
  saveFileRequestSchema,
  type FileFilter,
  type OpenedFile,
  type OpenFileResult,
  type SaveFileResult,
} from '../../shared/shell';
import { atomicWrite } from './atomicWrite';
import type { LastFolder } from './lastFolder';
import { readOpenedFile } from './readOpenedFile';

/** The few platform calls the shell needs (Electron's dialog and clipboard, or fakes in tests). */
export interface ShellPlatform {
  showSaveDialog(options: {
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  showOpenDialog(options: {
    defaultPath?: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  writeImage(png: Uint8Array): void | Promise<void>;
  /** Where a save dialog starts the first time (e.g. the Documents folder). */
  defaultFolder(): string;
}

export interface ShellHandlers {
  saveFile(input: unknown): Promise<Envelope<SaveFileResult>>;
  copyImage(input: unknown): Promise<Envelope<{ readonly copied: true }>>;
  openFile(input: unknown): Promise<Envelope<OpenFileResult>>;
  takeOpenedFile(): Promise<Envelope<OpenedFile | { readonly none: true }>>;
  /** Queues a file handed to the app from outside; the renderer takes it when it is ready. */
  queueOpenedFile(path: string): void;
}

const fail = (error: WireError): Envelope<never> => ({ ok: false, error });

async function guard<T>(what: string, work: () => Promise<T>): Promise<Envelope<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof AppError) return fail(error.toWire());
    const code = (error as { code?: unknown } | null)?.code;
    return fail({ code: 'UNAVAILABLE', message: `${what} failed${typeof code === 'string' ? ` (${code})` : ''}.` });
  }
}

export function createShellHandlers(platform: ShellPlatform, lastFolder: LastFolder): ShellHandlers {
  const queue: string[] = [];
  return {
    async saveFile(input) {
      const parsed = saveFileRequestSchema.safeParse(input);
      if (!parsed.success) return fail(invalidInput('saveFile', parsed.error));
      const { suggestedName, filters, data } = parsed.data;
      return guard('Saving the file', async () => {
        const folder = (await lastFolder.get()) ?? platform.defaultFolder();
        const choice = await platform.showSaveDialog({ defaultPath: join(folder, suggestedName), filters });
        if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { saved: false };
        await atomicWrite(choice.filePath, data);
        await lastFolder.set(dirname(choice.filePath));
        return { saved: true, path: choice.filePath };
      });
    },
    async copyImage(input) {
      const parsed = copyImageRequestSchema.safeParse(input);
      if (!parsed.success) return fail(invalidInput('copyImage', parsed.error));
      return guard('Copying the picture', async () => {
        await platform.writeImage(parsed.data.png);
        return { copied: true as const };
      });
    },
    async openFile(input) {
      const parsed = openFileRequestSchema.safeParse(input);
      if (!parsed.success) return fail(invalidInput('openFile', parsed.error));
      return guard('Opening the file', async (): Promise<OpenFileResult> => {
        const folder = (await lastFolder.get()) ?? platform.defaultFolder();
        const choice = await platform.showOpenDialog({ defaultPath: folder, filters: parsed.data.filters });
        const path = choice.filePaths[0];
        if (choice.canceled || path === undefined) return { opened: false };
        const file = await readOpenedFile(path, undefined, parsed.data.encoding);
        await lastFolder.set(dirname(path));
        return { opened: true, file };
      });
    },
    takeOpenedFile() {
      const path = queue.shift();
      if (path === undefined) return Promise.resolve({ ok: true, value: { none: true } });
      // Documents and exchange files are bytes (PDF, Word, zip), carried as base64 up to the import's limit.
      const kind = handedFileKind(basename(path));
      const binary = kind === 'document' || kind === 'exchange';
      return guard('Opening the file', () =>
        binary ? readOpenedFile(path, MAX_DOCUMENT_BYTES, 'base64') : readOpenedFile(path),
      );
    },
    queueOpenedFile(path) {
      queue.push(path);
    },
  };
}
