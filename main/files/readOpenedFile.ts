// Reads a file the user chose or handed to the app, capped in size: a snapshot as UTF-8 text, a
// document (PDF, Word …) as base64 of its bytes.
import { stat, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { MAX_OPENED_FILE_BYTES, type OpenedFile } from '../../shared/shell';

export async function readOpenedFile(
  path: string,
  maxBytes = MAX_OPENED_FILE_BYTES,
  encoding: 'utf8' | 'base64' = 'utf8',
): Promise<OpenedFile> {
  const name = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('INVALID_INPUT', `"${name}" is not a file.`, 'path');
    size = info.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('NOT_FOUND', `The file "${name}" could not be read.`, 'path');
  }
  if (size > maxBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `"${name}" is larger than ${String(maxBytes)} bytes.`, 'path');
  }
  return { name, text: await readFile(path, encoding) };
}
