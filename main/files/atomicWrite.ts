// Writes a file so that a crash or a failed write never leaves half a file under the chosen name:
// the bytes go to a temporary file beside the target, are flushed to disk, then renamed over it.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What may be written: the whole content, or chunks produced one after another (a large export). */
export type FileContent = string | Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

function isChunked(content: FileContent): content is Iterable<Uint8Array> | AsyncIterable<Uint8Array> {
  return typeof content !== 'string' && !(content instanceof Uint8Array);
}

/** The temporary name: hidden, in the same folder (a rename across file systems is not atomic). */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`);
}

export async function atomicWrite(target: string, content: FileContent): Promise<void> {
  const temporary = temporaryPathFor(target);
  const handle = await open(temporary, 'wx', 0o644);
  try {
    try {
      if (isChunked(content)) {
        for await (const chunk of content) await handle.write(chunk);
      } else {
        await handle.writeFile(content);
      }
      // Flush before the rename: otherwise a power cut could leave the new name with empty content.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
