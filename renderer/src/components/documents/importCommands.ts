// The two ways a user hands a document over, as one command each: choose it (the shell's dialog,
// else the page's file input) or drop it. Both end in importDocument, or in a worded refusal.
import { MAX_DOCUMENT_BYTES } from '../../../../shared/contract';
import { importDocument, refuseImport } from '../../state/documentActions';
import { fileToDocument, pickWithShell } from './documentFiles';

/** Imports a file from a drop or the file input. */
export async function importFile(file: File): Promise<void> {
  if (file.size > MAX_DOCUMENT_BYTES) {
    // Refused before reading 25 MB and more into memory: the service would refuse it anyway.
    refuseImport(file.name, { code: 'DOCUMENT_TOO_LARGE' });
    return;
  }
  try {
    await importDocument(await fileToDocument(file));
  } catch (error) {
    refuseImport(file.name, error);
  }
}

/** The toolbar's command: the shell's open dialog; `fallback` (the file input) in browser mode. */
export async function chooseAndImport(fallback: () => void): Promise<void> {
  try {
    const picked = await pickWithShell();
    if (picked === 'no-shell') fallback();
    else if (picked !== null) await importDocument(picked);
  } catch (error) {
    refuseImport('', error);
  }
}
