// atomicWrite on real files: the new content replaces the old whole, and a write that fails at any
// step leaves the existing file exactly as it was, with no temporary file left behind.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite } from './atomicWrite';

const freshDir = (): string => mkdtempSync(join(tmpdir(), 'atlas-atomic-'));

describe('atomicWrite', () => {
  it('writes a new file and replaces an existing one whole', async () => {
    const dir = freshDir();
    const target = join(dir, 'kaart.svg');
    await atomicWrite(target, '<svg>eerste</svg>');
    expect(readFileSync(target, 'utf8')).toBe('<svg>eerste</svg>');
    await atomicWrite(target, new TextEncoder().encode('<svg>tweede</svg>'));
    expect(readFileSync(target, 'utf8')).toBe('<svg>tweede</svg>');
    expect(readdirSync(dir)).toEqual(['kaart.svg']);
  });

  it('writes content that arrives in chunks', async () => {
    const target = join(freshDir(), 'nodes.csv');
    async function* rows(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode('id,label\n');
      await Promise.resolve();
      yield new TextEncoder().encode('europol,Europol\n');
    }
    await atomicWrite(target, rows());
    expect(readFileSync(target, 'utf8')).toBe('id,label\neuropol,Europol\n');
  });

  it('leaves the existing file intact and removes its temporary file when the content fails midway', async () => {
    const dir = freshDir();
    const target = join(dir, 'briefing.docx');
    writeFileSync(target, 'de vorige versie');
    function* failing(): Generator<Uint8Array> {
      yield new TextEncoder().encode('half ');
      throw new Error('the export broke off');
    }
    await expect(atomicWrite(target, failing())).rejects.toThrow('the export broke off');
    expect(readFileSync(target, 'utf8')).toBe('de vorige versie');
    expect(readdirSync(dir)).toEqual(['briefing.docx']);
  });

  it('leaves the existing content intact when the rename cannot happen', async () => {
    const dir = freshDir();
    // A folder under the chosen name: the rename fails after the bytes were written.
    const target = join(dir, 'snapshot.json');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'blijft staan');
    await expect(atomicWrite(target, '{"format":"ips-atlas-snapshot"}')).rejects.toMatchObject({
      code: expect.stringMatching(/EISDIR|ENOTEMPTY|EEXIST|EPERM/),
    });
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('blijft staan');
    expect(readdirSync(dir)).toEqual(['snapshot.json']);
  });

  it('fails without creating anything when the folder does not exist', async () => {
    const dir = freshDir();
    await expect(atomicWrite(join(dir, 'missing', 'x.png'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
