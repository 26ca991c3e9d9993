// The coded refusal every importer throws: the file is named, the code says why, nothing is stored.
import { AppError } from '../../shared/contract';

export type DocumentErrorCode =
  'DOCUMENT_ENCRYPTED' | 'DOCUMENT_NO_TEXT' | 'DOCUMENT_MALFORMED' | 'DOCUMENT_TOO_LARGE' | 'DOCUMENT_UNSUPPORTED';

export function documentError(code: DocumentErrorCode, fileName: string, why: string): AppError {
  return new AppError(code, `"${fileName}" cannot be imported: ${why}`, 'data');
}

/** True for the refusals above: what the robustness property allows an importer to throw. */
export function isDocumentError(error: unknown): error is AppError {
  return error instanceof AppError && error.code.startsWith('DOCUMENT_');
}
