// The shell's save, copy and open capabilities on real files, with the dialogs and clipboard faked:
// saves land atomically where the user chose and the folder is remembered; bad input and oversized
// files come back as typed errors, never as exceptions.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_FILE_FILTER } from '../../shared/shell';
import { lastFolderIn } from './lastFolder';
import { createShellHandlers, type ShellPlatform } from './shellHandlers';

const freshDir = (): string => mkdtempSync(join(tmpdir(), 'atlas-shell-'));

function fakePlatform(answers: { save?: string | null; open?: string | null }) {
  const seen: { saveDefault: string[]; openDefault: (string | undefined)[]; images: Uint8Array[] } = {
    saveDefault: [],
    openDefault: [],
    images: [],
  };
  const platform: ShellPlatform = {
    defaultFolder: () => '/home/adviseur/Documenten',
    showSaveDialog: ({ defaultPath }) => {
      seen.saveDefault.push(defaultPath);
      const path = answers.save ?? undefined;
      return Promise.resolve(path === undefined ? { canceled: true } : { canceled: false, filePath: path });
    },
    showOpenDialog: ({ defaultPath }) => {
      seen.openDefault.push(defaultPath);
      const path = answers.open ?? undefined;
      return Promise.resolve(
        path === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] },
      );
    },
    writeImage: (png) => {
      seen.images.push(png);
    },
  };
  return { platform, seen };
}

describe('shell handlers', () => {
  it('saves where the user chose and starts the next dialog in that folder', async () => {
    const dir = freshDir();
    const target = join(dir, 'europol.svg');
    const { platform, seen } = fakePlatform({ save: target });
    const shell = createShellHandlers(platform, lastFolderIn(join(dir, 'shell-state.json')));
    const first = await shell.saveFile({ suggestedName: 'europol.svg', filters: [], data: '<svg/>' });
    expect(first).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(readFileSync(target, 'utf8')).toBe('<svg/>');
    await shell.saveFile({ suggestedName: 'tweede.png', filters: [], data: new Uint8Array([1, 2, 3]) });
    expect(seen.saveDefault).toEqual([join('/home/adviseur/Documenten', 'europol.svg'), join(dir, 'tweede.png')]);
    // The remembered folder survives a restart: a new handler reads it from the same file.
    const again = fakePlatform({ save: null });
    const restarted = createShellHandlers(again.platform, lastFolderIn(join(dir, 'shell-state.json')));
    expect(await restarted.saveFile({ suggestedName: 'x.json', filters: [], data: '{}' })).toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(again.seen.saveDefault).toEqual([join(dir, 'x.json')]);
  });

  it('refuses a suggested name with a folder in it, naming the field', async () => {
    const { platform } = fakePlatform({ save: '/tmp/never' });
    const shell = createShellHandlers(platform, lastFolderIn(join(freshDir(), 's.json')));
    const result = await shell.saveFile({ suggestedName: '../../etc/passwd', filters: [], data: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'suggestedName' } });
  });

  it('reports a write that fails as data and keeps the file that was there', async () => {
    const dir = freshDir();
    const target = join(dir, 'missing-folder', 'kaart.pdf');
    const { platform } = fakePlatform({ save: target });
    const shell = createShellHandlers(platform, lastFolderIn(join(dir, 's.json')));
    const result = await shell.saveFile({ suggestedName: 'kaart.pdf', filters: [], data: 'pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('copies a PNG to the clipboard and refuses anything else', async () => {
    const { platform, seen } = fakePlatform({});
    const shell = createShellHandlers(platform, lastFolderIn(join(freshDir(), 's.json')));
    expect(await shell.copyImage({ png: new Uint8Array([137, 80, 78, 71]) })).toEqual({
      ok: true,
      value: { copied: true },
    });
    expect(seen.images).toHaveLength(1);
    expect(await shell.copyImage({ png: 'not bytes' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'png' },
    });
  });

  it('opens a chosen file as text, and a file handed to the app once', async () => {
    const dir = freshDir();
    const file = join(dir, 'weergave.json');
    writeFileSync(file, '{"format":"ips-atlas-snapshot"}');
    const { platform } = fakePlatform({ open: file });
    const shell = createShellHandlers(platform, lastFolderIn(join(dir, 's.json')));
    expect(await shell.openFile({ filters: [{ name: 'Snapshot', extensions: ['json'] }] })).toEqual({
      ok: true,
      value: { opened: true, file: { name: 'weergave.json', text: '{"format":"ips-atlas-snapshot"}' } },
    });
    shell.queueOpenedFile(file);
    expect(await shell.takeOpenedFile()).toMatchObject({ ok: true, value: { name: 'weergave.json' } });
    expect(await shell.takeOpenedFile()).toEqual({ ok: true, value: { none: true } });
    shell.queueOpenedFile(join(dir, 'weg.json'));
    expect(await shell.takeOpenedFile()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('hands over a document or an exchange file given to the app as base64 of its bytes ("open with")', async () => {
    const dir = freshDir();
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0xe2, 0xff, 0x00]);
    writeFileSync(join(dir, 'Raadsconclusies.PDF'), bytes);
    writeFileSync(join(dir, 'collega.ipsatlas'), bytes);
    const { platform } = fakePlatform({ open: join(dir, 'x') });
    const shell = createShellHandlers(platform, lastFolderIn(join(dir, 's.json')));
    shell.queueOpenedFile(join(dir, 'Raadsconclusies.PDF'));
    shell.queueOpenedFile(join(dir, 'collega.ipsatlas'));
    expect(await shell.takeOpenedFile()).toEqual({
      ok: true,
      value: { name: 'Raadsconclusies.PDF', text: bytes.toString('base64') },
    });
    expect(await shell.takeOpenedFile()).toEqual({
      ok: true,
      value: { name: 'collega.ipsatlas', text: bytes.toString('base64') },
    });
  });

  it('opens a chosen document as base64 of its bytes, offering the document types, and refuses another encoding', async () => {
    const dir = freshDir();
    const file = join(dir, 'conclusies.pdf');
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0xe2, 0xff, 0x00]);
    writeFileSync(file, bytes);
    const { platform } = fakePlatform({ open: file });
    const shell = createShellHandlers(platform, lastFolderIn(join(dir, 's.json')));
    const opened = await shell.openFile({ filters: [DOCUMENT_FILE_FILTER], encoding: 'base64' });
    expect(opened).toEqual({
      ok: true,
      value: { opened: true, file: { name: 'conclusies.pdf', text: bytes.toString('base64') } },
    });
    expect(DOCUMENT_FILE_FILTER.extensions).toEqual(['txt', 'md', 'pdf', 'docx']);
    expect(await shell.openFile({ filters: [DOCUMENT_FILE_FILTER], encoding: 'latin1' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'encoding' },
    });
  });
});
