// Gets a document's bytes to the renderer: the shell's open dialog in Electron (bytes as base64), a
// file input in browser mode, or a file dropped on the window. The only documents module that knows
// which of the two worlds it is in.
import { DOCUMENT_FILE_FILTER } from '../../../../shared/shell';
import { CodedError } from '../../i18n/errorText';
import type { DocumentFile } from '../../state/documentActions';

/** What the file input offers; the service checks the bytes against the extension anyway. */
export const DOCUMENT_ACCEPT = DOCUMENT_FILE_FILTER.extensions.map((e) => `.${e}`).join(',');

/** Base64 of bytes, in chunks: one String.fromCharCode over 25 MB would overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let at = 0; at < bytes.length; at += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  }
  return btoa(binary);
}

/** The bytes a base64 string stands for, without decoding it. */
export function base64Size(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/** A File (from a drop or a file input) as the import wants it. */
export async function fileToDocument(file: File): Promise<DocumentFile> {
  return { name: file.name, byteSize: file.size, base64: toBase64(new Uint8Array(await file.arrayBuffer())) };
}

/** Asks the shell's open dialog for a document; null when there is no shell (browser mode) or the user cancels. */
export async function pickWithShell(): Promise<DocumentFile | 'no-shell' | null> {
  const shell = window.ipsAtlasShell;
  if (shell === undefined) return 'no-shell';
  const result = await shell.openFile({ filters: [DOCUMENT_FILE_FILTER], encoding: 'base64' });
  if (!result.ok) throw new CodedError(result.error.code, result.error.message);
  if (!result.value.opened) return null;
  const { name, text } = result.value.file;
  return { name, byteSize: base64Size(text), base64: text };
}
