// The typed errors that may cross the process boundary, and the envelope every call answers with.

export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'PAYLOAD_TOO_LARGE',
  'UNAVAILABLE',
  'INTERNAL',
  // The user database refused a save: the disk is full, it is read-only (media or permissions),
  // another program holds it locked, or a newer IPS Atlas wrote it. The renderer words each one.
  'STORAGE_FULL',
  'STORAGE_READ_ONLY',
  'STORAGE_LOCKED',
  'STORAGE_NEWER_VERSION',
  // A document the workbench cannot import (nothing is stored): password-protected, only scanned
  // images without a text layer, damaged or not what its name says, over the size limit, or a format
  // it does not read.
  'DOCUMENT_ENCRYPTED',
  'DOCUMENT_NO_TEXT',
  'DOCUMENT_MALFORMED',
  'DOCUMENT_TOO_LARGE',
  'DOCUMENT_UNSUPPORTED',
  // An exchange file that cannot be read (nothing is changed): not an IPS Atlas exchange file, damaged
  // or incomplete, or written by a newer IPS Atlas.
  'EXCHANGE_FOREIGN',
  'EXCHANGE_MALFORMED',
  'EXCHANGE_NEWER_VERSION',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What an error looks like on the wire: never SQL text, never a stack. */
export interface WireError {
  readonly code: ErrorCode;
  readonly message: string;
  /** Dotted path of the offending input field, for INVALID_INPUT. */
  readonly field?: string;
}

export type Envelope<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: WireError };

/** Thrown inside a layer; dispatch turns it into a WireError. Tests assert on `code`, not on the text. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }

  toWire(): WireError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
