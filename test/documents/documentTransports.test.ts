// The workbench over every transport: a document larger than the bridge's usual body cap imports over
// HTTP, and the same calls answer the same over direct dispatch, HTTP and IPC.
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentImportResult, Envelope, WireError } from '../../shared/contract';
import { directTransport, httpTransport, ipcTransport, type Transport } from '../contract/transports';
import { base64, makePdf, openWorkbench } from './documentFixtures';

const w = openWorkbench();
afterAll(() => {
  w.service.close();
});

async function value<T>(envelope: Promise<Envelope<unknown>>): Promise<T> {
  const result = await envelope;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('the workbench over its transports', () => {
  it('imports a 5 MB document over HTTP, past the 4 MB cap other calls keep', async () => {
    const http = await httpTransport(w.service.dispatch);
    try {
      const text = `Notitie over Europol.\n${'Samenwerking in de regio. '.repeat(180_000)}`;
      const { document } = await value<DocumentImportResult>(
        http.call('document.import', { fileName: 'groot.txt', data: base64(text) }),
      );
      expect(document.charCount).toBe(text.length);
      const tooBig = await http.call('view.save', { name: 'x', state: 'y'.repeat(5_000_000) });
      expect(tooBig.ok ? null : tooBig.error.code).toBe('PAYLOAD_TOO_LARGE');
    } finally {
      await http.close();
    }
  });

  it('answers the same over direct dispatch, HTTP and IPC, refusals included', async () => {
    const transports: Transport[] = [
      await directTransport(w.service.dispatch),
      await httpTransport(w.service.dispatch),
      await ipcTransport(w.service.dispatch),
    ];
    const pdf = base64(makePdf([['Europol en het RST in Curaçao']], { created: new Date('2024-01-02T00:00:00Z') }));
    const answers = [];
    for (const t of transports) {
      const imported = await value<DocumentImportResult>(t.call('document.import', { fileName: 'a.pdf', data: pdf }));
      answers.push({
        id: imported.document.id,
        mentions: await value<unknown>(t.call('document.mentions', { id: imported.document.id })),
        search: await value<unknown>(t.call('document.search', { text: 'curacao' })),
        refused: ((await t.call('document.import', { fileName: 'a.exe', data: pdf })) as { error: WireError }).error
          .code,
      });
      await t.close();
    }
    expect(answers[0]?.refused).toBe('DOCUMENT_UNSUPPORTED');
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });
});
