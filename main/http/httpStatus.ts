// The HTTP status each contract error travels with, so a client reading only the status judges the
// call right; the body is the same `{ ok: false, error }` envelope whatever the status.
import type { Envelope, ErrorCode } from '../../shared/contract';

const STATUS: Readonly<Record<ErrorCode, number>> = {
  INVALID_INPUT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  // The request was fine, the state of the user's storage refuses it.
  CONFLICT: 409,
  STORAGE_READ_ONLY: 409,
  STORAGE_LOCKED: 409,
  STORAGE_NEWER_VERSION: 409,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  // 507 Insufficient Storage (RFC 4918): the server could not store what it was asked to.
  STORAGE_FULL: 507,
  // A document the workbench cannot read: understood but unprocessable (422), too large, or a type it does not take.
  DOCUMENT_ENCRYPTED: 422,
  DOCUMENT_NO_TEXT: 422,
  DOCUMENT_MALFORMED: 422,
  DOCUMENT_TOO_LARGE: 413,
  DOCUMENT_UNSUPPORTED: 415,
  // An exchange file: not ours (415), damaged (422), or from a newer IPS Atlas (409, like the storage's).
  EXCHANGE_FOREIGN: 415,
  EXCHANGE_MALFORMED: 422,
  EXCHANGE_NEWER_VERSION: 409,
};

export function httpStatusFor(envelope: Envelope<unknown>): number {
  return envelope.ok ? 200 : STATUS[envelope.error.code];
}

/** decodeURIComponent that answers null for malformed percent-encoding (`%`, `%ff`) instead of throwing. */
export function decodePath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
