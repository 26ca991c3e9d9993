// Gets an export to the user: a native save dialog through the Electron shell (which writes the file
// atomically and remembers the folder), or a download in browser mode; a picture onto the clipboard;
// a snapshot file chosen by the user. The only place that knows which of the two worlds it is in.
import type { FileFilter, OpenedFile, ShellBridge } from '../../../shared/shell';
import { CodedError } from '../i18n/errorText';

declare global {
  interface Window {
    readonly ipsAtlasShell?: ShellBridge;
  }
}

export type Saved = 'saved' | 'downloaded' | 'cancelled';

export interface FileType {
  readonly extension: string;
  readonly mime: string;
  readonly filter: FileFilter;
}

/**
 * The bytes as a Blob part. A 4× picture is tens of megabytes: bytes that own a plain ArrayBuffer (a
 * worker's transferred result) go in as they are, since a second copy is a long task of its own.
 */
function blobPart(data: Uint8Array | string): BlobPart {
  if (typeof data === 'string') return data;
  return data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : new Uint8Array(data);
}

function download(name: string, data: Uint8Array | string, mime: string): void {
  const blob = new Blob([blobPart(data)], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; keep the URL a little for slow disks, then free the memory.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export async function saveFile(name: string, data: Uint8Array | string, type: FileType): Promise<Saved> {
  const shell = window.ipsAtlasShell;
  if (shell === undefined) {
    download(name, data, type.mime);
    return 'downloaded';
  }
  const bytes = typeof data === 'string' ? data : new Uint8Array(data);
  const result = await shell.saveFile({ suggestedName: name, filters: [type.filter], data: bytes });
  if (!result.ok) throw new CodedError(result.error.code, result.error.message);
  return result.value.saved ? 'saved' : 'cancelled';
}

export async function copyPicture(png: Uint8Array): Promise<void> {
  const shell = window.ipsAtlasShell;
  if (shell !== undefined) {
    const result = await shell.copyImage({ png: new Uint8Array(png) });
    if (!result.ok) throw new CodedError(result.error.code, result.error.message);
    return;
  }
  await navigator.clipboard.write([
    new ClipboardItem({ 'image/png': new Blob([new Uint8Array(png)], { type: 'image/png' }) }),
  ]);
}

const SNAPSHOT_FILTER: FileFilter = { name: 'IPS Atlas', extensions: ['json'] };

/** Asks the browser for a file through a hidden file input; null when the user cancels. */
function pickInBrowser(): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file === undefined) resolve(null);
      else file.text().then((text) => resolve({ name: file.name, text }), reject);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

export async function pickSnapshotFile(): Promise<OpenedFile | null> {
  const shell = window.ipsAtlasShell;
  if (shell === undefined) return pickInBrowser();
  const result = await shell.openFile({ filters: [SNAPSHOT_FILTER] });
  if (!result.ok) throw new CodedError(result.error.code, result.error.message);
  return result.value.opened ? result.value.file : null;
}

let openFile: ((file: OpenedFile) => void) | null = null;
let watching = false;

/**
 * Files handed to the app from outside (a launch argument, "open with"): each is passed to `open`.
 * Watches once per page, whatever how often a component mounts; the latest `open` is used.
 */
export function watchOpenedFiles(open: (file: OpenedFile) => void): void {
  openFile = open;
  const shell = window.ipsAtlasShell;
  if (shell === undefined || watching) return;
  watching = true;
  const take = async (): Promise<void> => {
    for (;;) {
      const result = await shell.takeOpenedFile();
      if (!result.ok || 'none' in result.value) return;
      openFile?.(result.value);
    }
  };
  shell.onFileWaiting(() => void take());
  void take();
}
