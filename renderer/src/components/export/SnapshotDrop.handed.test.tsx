// Files handed to the app from outside ("open with", a launch argument): a document is imported by the
// workbench with the bytes the shell read, a snapshot goes to the snapshot opener, never the reverse.
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { connectFakeApi } from '../../../../test/support/fakeApi';
import { aDocumentSummary } from '../../state/documentTestBuilders';
import { atlasStore, initialState } from '../../state/store';
import { forgetShell, shellHanding } from '../../testSupport/shellHanding';
import { SnapshotDrop } from './SnapshotDrop';

afterEach(forgetShell);

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
