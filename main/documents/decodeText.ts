// Bytes of a text file to a string: UTF-8 (with or without BOM) or UTF-16 by its BOM; otherwise
// Windows-1252, which older Dutch Word exports and Notepad still write. Binary data is refused.
import { documentError } from './documentError';

export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // A NUL byte never occurs in text written in these encodings: this is a binary file renamed.
  if (bytes.includes(0)) throw documentError('DOCUMENT_MALFORMED', fileName, 'it holds binary data, not text.');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
