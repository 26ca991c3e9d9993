// Files handed to the app from outside ("open with", a launch argument): a document is imported by the
// workbench with the bytes the shell read, a snapshot goes to the snapshot opener, never the reverse.
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../../shared/contract';
import type { OpenedFile, ShellBridge } from '../../../../shared/shell';
import { connectFakeApi } from '../../../../test/support/fakeApi';
import { aDocumentSummary } from '../../state/documentTestBuilders';
import { atlasStore, initialState } from '../../state/store';
import { SnapshotDrop } from './SnapshotDrop';

/** A shell that hands over the given files, one per takeOpenedFile, then none. */
function shellHanding(files: OpenedFile[]): void {
  const queue = [...files];
  const none: Envelope<{ none: true }> = { ok: true, value: { none: true } };
  const shell: Partial<ShellBridge> = {
    takeOpenedFile: () => {
      const next = queue.shift();
      return Promise.resolve(next === undefined ? none : { ok: true, value: next });
    },
    onFileWaiting: () => undefined,
  };
  Object.defineProperty(window, 'ipsAtlasShell', { value: shell, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(window, 'ipsAtlasShell');
});

describe('a file handed to the app', () => {
  it('imports a PDF "opened with" IPS Atlas through the workbench, bytes unchanged', async () => {
    atlasStore.setState(initialState, true);
    const calls = connectFakeApi({
      'document.import': () => ({ document: aDocumentSummary(), alreadyImported: false }),
      'document.progress': () => ({ progress: null }),
    });
    const pdfBase64 = btoa('%PDF-1.7 Europol');
    shellHanding([{ name: 'Raadsconclusies.pdf', text: pdfBase64 }]);
    render(<SnapshotDrop onOpened={() => undefined} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    const imports = calls.filter((c) => c.method === 'document.import').map((c) => c.input);
    expect(imports).toEqual([{ fileName: 'Raadsconclusies.pdf', data: pdfBase64, progressKey: expect.any(String) }]);
  });
});
