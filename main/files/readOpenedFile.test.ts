// Reading a file handed to the app: its text and bare name, or a typed error when it is missing,
// a folder, or too large to be a snapshot.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOpenedFile } from './readOpenedFile';

const freshDir = (): string => mkdtempSync(join(tmpdir(), 'atlas-open-'));

describe('readOpenedFile', () => {
  it('reads UTF-8 text and gives the name without its folder', async () => {
    const path = join(freshDir(), 'België.json');
    writeFileSync(path, '{"titel":"Samenwerking met België"}');
    expect(await readOpenedFile(path)).toEqual({ name: 'België.json', text: '{"titel":"Samenwerking met België"}' });
  });

  it('gives a document’s bytes as base64 when asked, so a PDF survives the bridge unchanged', async () => {
    const path = join(freshDir(), 'brief.pdf');
    const bytes = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0xff, 0x00, 0xe2, 0x80]);
    writeFileSync(path, bytes);
    const opened = await readOpenedFile(path, undefined, 'base64');
    expect(opened.name).toBe('brief.pdf');
    expect(Uint8Array.from(Buffer.from(opened.text, 'base64'))).toEqual(bytes);
  });

  it('refuses a missing file, a folder and an oversized file with typed codes', async () => {
    const dir = freshDir();
    await expect(readOpenedFile(join(dir, 'nope.json'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    mkdirSync(join(dir, 'map.json'));
    await expect(readOpenedFile(join(dir, 'map.json'))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    writeFileSync(join(dir, 'big.json'), 'x'.repeat(100));
    await expect(readOpenedFile(join(dir, 'big.json'), 10)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});
