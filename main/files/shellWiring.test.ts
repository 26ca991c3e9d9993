// The shell's IPC wiring: every capability answers our renderer and refuses any other frame; snapshot
// files on the command line are picked out from Electron's and Chromium's own arguments.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/contract/errors';
import { SHELL_CHANNELS } from '../../shared/shell';
import { lastFolderIn } from './lastFolder';
import { createShellHandlers } from './shellHandlers';
import { isRendererPage, type InvokeEventLike } from '../../shared/security';
import { registerShellHandlers, handedFileArguments } from './shellWiring';

type Listener = (event: InvokeEventLike, input: unknown) => Promise<Envelope<unknown>>;

describe('shell wiring', () => {
  const listeners = new Map<string, Listener>();
  const shell = createShellHandlers(
    {
      defaultFolder: () => tmpdir(),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      writeImage: () => undefined,
    },
    lastFolderIn(join(mkdtempSync(join(tmpdir(), 'atlas-wiring-')), 's.json')),
  );
  registerShellHandlers(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    shell,
    isRendererPage('file:///app/index.html'),
  );

  it('registers one handler per capability', () => {
    expect([...listeners.keys()].sort()).toEqual(
      [
        SHELL_CHANNELS.saveFile,
        SHELL_CHANNELS.copyImage,
        SHELL_CHANNELS.openFile,
        SHELL_CHANNELS.takeOpenedFile,
      ].sort(),
    );
  });

  it('answers our renderer and refuses any other sender', async () => {
    const take = listeners.get(SHELL_CHANNELS.takeOpenedFile);
    expect(await take?.({ senderFrame: { url: 'file:///app/index.html' } }, undefined)).toEqual({
      ok: true,
      value: { none: true },
    });
    const save = listeners.get(SHELL_CHANNELS.saveFile);
    expect(
      await save?.(
        { senderFrame: { url: 'https://evil.example/' } },
        { suggestedName: 'a.txt', filters: [], data: 'x' },
      ),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await save?.({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('picks snapshots, documents and exchange files out of the command line, and nothing else', () => {
    expect(handedFileArguments(['/opt/ips-atlas', '--no-sandbox', '/home/a/weergave.json'], true)).toEqual([
      '/home/a/weergave.json',
    ]);
    expect(
      handedFileArguments(
        ['electron', '.', 'notes.txt', 'b.JSON', 'Brief.PDF', 'x.docx', 'y.md', 'z.ipsatlas', 'tabel.xlsx', 'README'],
        false,
      ),
    ).toEqual(['notes.txt', 'b.JSON', 'Brief.PDF', 'x.docx', 'y.md', 'z.ipsatlas']);
  });
});
