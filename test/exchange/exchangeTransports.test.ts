// The exchange over the browser mode's HTTP bridge (real sockets, real token): a file larger than the
// 4 MB other calls are capped at is exported by A, inspected and applied by B, and a foreign file is
// refused with its code over the wire too.
import { afterAll, describe, expect, it } from 'vitest';
import type { Envelope, ExchangeExport, ExchangeReport } from '../../shared/contract';
import { base64, type Workbench } from '../documents/documentFixtures';
import { httpTransport } from '../contract/transports';
import { importLetter, laptop, LETTER } from './exchangeFixtures';

const open: Workbench[] = [];
afterAll(() => {
  for (const w of open) w.service.close();
});

function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

describe('the exchange over HTTP', () => {
  it('carries a file past the usual body cap from A to B, and refuses a foreign one', async () => {
    const a = laptop();
    const b = laptop();
    open.push(a, b);
    // Scrambled words compress badly: two such documents make an exchange file past the 4 MB body cap.
    const noise = (seed: number): string =>
      Array.from({ length: 550_000 }, (_, i) => (((i + seed) * 2654435761) % 4294967296).toString(36)).join(' ');
    const documentId = await importLetter(a, `${LETTER}\n\n${noise(1)}`);
    const second = await importLetter(a, `${LETTER}\n\n${noise(7)}`);
    const http = [await httpTransport(a.service.dispatch), await httpTransport(b.service.dispatch)] as const;
    try {
      const file = value<ExchangeExport>(await http[0].call('exchange.export', {}));
      expect(Buffer.from(file.data, 'base64').byteLength).toBeGreaterThan(4 * 1024 * 1024);
      const input = { fileName: file.fileName, data: file.data };
      const inspected = value<ExchangeReport>(await http[1].call('exchange.inspect', input));
      expect(inspected.added.map((i) => i.id).sort()).toEqual([documentId, second].sort());
      const applied = value<ExchangeReport>(await http[1].call('exchange.apply', { ...input, choices: {} }));
      expect(applied.applied).toBe(true);
      expect((await b.call('document.get', { id: documentId })).text).toBe(
        (await a.call('document.get', { id: documentId })).text,
      );
      const foreign = await http[1].call('exchange.inspect', { fileName: 'x.ipsatlas', data: base64('{"a":1}') });
      expect(foreign.ok ? null : foreign.error.code).toBe('EXCHANGE_FOREIGN');
    } finally {
      await Promise.all(http.map((t) => t.close()));
    }
    // Two ~5 MB documents imported, exported, inspected and merged over real sockets: about 10 s alone,
    // three times that on a busy machine, past the unit tests' usual 30 s.
  }, 120_000);
});
