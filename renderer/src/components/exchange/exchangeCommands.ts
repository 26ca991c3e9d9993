// The exchange's commands: export everything the user made (saved through the shell's dialog, or
// downloaded in browser mode), and hand a chosen, dropped or opened .ipsatlas file to the import
// dialog, which inspects it, shows the report and applies it with the user's choices.
import {
  EXCHANGE_EXTENSION,
  MAX_EXCHANGE_BYTES,
  type ConflictChoice,
  type ExchangeExport,
  type ExchangeReport,
} from '../../../../shared/contract';
import type { FileFilter } from '../../../../shared/shell';
import { saveFile, type FileType, type Saved } from '../../export/deliver';
import { CodedError } from '../../i18n/errorText';
import { client } from '../../state/actions';
import { listDocuments } from '../../state/documentActions';
import { base64Size, toBase64 } from '../documents/documentFiles';

export interface ExchangeFile {
  readonly name: string;
  readonly base64: string;
  /** Set when the file was refused before it was read (too large): the dialog says why. */
  readonly refusal?: CodedError;
}

const EXCHANGE_FILTER: FileFilter = { name: 'IPS Atlas', extensions: [EXCHANGE_EXTENSION.slice(1)] };
const EXCHANGE_TYPE: FileType = {
  extension: EXCHANGE_FILTER.extensions[0] ?? '',
  mime: 'application/zip',
  filter: EXCHANGE_FILTER,
};
/** What the browser's file input offers. */
export const EXCHANGE_ACCEPT = EXCHANGE_EXTENSION;

export const isExchangeName = (name: string): boolean => name.toLowerCase().endsWith(EXCHANGE_EXTENSION);

// The dialog host listens here; the buttons, a drop and a file handed to the app offer files to it.
const listeners = new Set<(file: ExchangeFile) => void>();

export function onExchangeFile(listener: (file: ExchangeFile) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function offerExchangeFile(file: ExchangeFile): void {
  for (const listener of listeners) listener(file);
}

export async function exportForLaptop(): Promise<{ saved: Saved; file: ExchangeExport }> {
  const file = await client().call('exchange.export', {});
  const bytes = Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0));
  return { saved: await saveFile(file.fileName, bytes, EXCHANGE_TYPE), file };
}

/** A file refused unread for its size, by the file input, a drop or the shell's dialog alike. */
const tooLarge = (name: string): ExchangeFile => ({
  name,
  base64: '',
  refusal: new CodedError('PAYLOAD_TOO_LARGE', 'too large'),
});

/** A File from the file input or a drop; too large a file is refused (in the dialog) before it is read. */
export async function offerFile(file: File): Promise<void> {
  if (file.size > MAX_EXCHANGE_BYTES) {
    offerExchangeFile(tooLarge(file.name));
    return;
  }
  offerExchangeFile({ name: file.name, base64: toBase64(new Uint8Array(await file.arrayBuffer())) });
}

/** The shell's open dialog; `fallback` (the page's file input) in browser mode. */
export async function chooseExchangeFile(fallback: () => void): Promise<void> {
  const shell = window.ipsAtlasShell;
  if (shell === undefined) {
    fallback();
    return;
  }
  const result = await shell.openFile({ filters: [EXCHANGE_FILTER], encoding: 'base64' });
  if (!result.ok) throw new CodedError(result.error.code, result.error.message);
  if (!result.value.opened) return;
  const { name, text } = result.value.file;
  offerExchangeFile(base64Size(text) > MAX_EXCHANGE_BYTES ? tooLarge(name) : { name, base64: text });
}

export const inspectExchange = (file: ExchangeFile): Promise<ExchangeReport> =>
  client().call('exchange.inspect', { fileName: file.name, data: file.base64 });

export async function applyExchange(
  file: ExchangeFile,
  choices: Readonly<Record<string, ConflictChoice>>,
): Promise<ExchangeReport> {
  const report = await client().call('exchange.apply', { fileName: file.name, data: file.base64, choices });
  // The documents list shows what came in; the canvas reads user additions when it next asks.
  await listDocuments();
  return report;
}
