// Files the exchange must refuse, each with its own code and nothing changed in the user database
// (compared table by table before and after): not ours, damaged or truncated, from a newer IPS Atlas,
// too large; and a merge the storage refuses half-way leaves nothing half-written.
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EXCHANGE_BYTES } from '../../shared/contract';
import { USER_SCHEMA_VERSION } from '../../main/store/userSchema';
import { httpTransport } from '../contract/transports';
import { dispatchOver } from '../support/testService';
import { base64, makeDocx, openWorkbench, userDbFile, type Workbench } from '../documents/documentFixtures';
import { bytesOf, importLetter, laptop, laptopWithWork, LETTER, onUserDb, userTables } from './exchangeFixtures';

let a: Workbench;
let b: Workbench;
let good: Uint8Array;

beforeAll(async () => {
  a = (await laptopWithWork()).a;
  b = laptop();
  good = bytesOf(await a.call('exchange.export', {}));
});
afterAll(() => {
  a.service.close();
  b.service.close();
});

/** The good file with some parts rewritten (and, unless told, the manifest's checksums made to match). */
function rewritten(change: (files: Record<string, unknown>) => void, fixChecksums = true): Uint8Array {
  const files = Object.fromEntries(
    Object.entries(unzipSync(good)).map(([name, bytes]) => [name, JSON.parse(strFromU8(bytes)) as unknown]),
  );
  change(files);
  const manifest = files['manifest.json'] as { parts?: Record<string, string> };
  const out: Record<string, Uint8Array> = {};
  for (const [name, value] of Object.entries(files)) {
    if (name !== 'manifest.json') out[name] = strToU8(JSON.stringify(value));
  }
  if (fixChecksums && manifest.parts !== undefined) {
    for (const name of Object.keys(manifest.parts)) {
      const bytes = out[name];
      if (bytes !== undefined) manifest.parts[name] = createHash('sha256').update(bytes).digest('hex');
    }
  }
  return zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), ...out });
}

function firstOf<T>(part: unknown): T {
  const [first] = part as T[];
  if (first === undefined) throw new Error('the part is empty');
  return first;
}

async function refusal(bytes: Uint8Array): Promise<string> {
  const before = userTables(b);
  const data = base64(bytes);
  const inspected = await b.fail('exchange.inspect', { fileName: 'x.ipsatlas', data });
  const applied = await b.fail('exchange.apply', { fileName: 'x.ipsatlas', data });
  expect(applied.code).toBe(inspected.code);
  expect(userTables(b)).toBe(before);
  return applied.code;
}

describe('exchange files that are refused, nothing changed', () => {
  it('refuses what is not an exchange file: random bytes, a snapshot, a Word file, an empty zip', async () => {
    expect(await refusal(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toBe('EXCHANGE_FOREIGN');
    expect(await refusal(strToU8(JSON.stringify({ format: 'ips-atlas-snapshot', version: 1 })))).toBe(
      'EXCHANGE_FOREIGN',
    );
    expect(await refusal(await makeDocx(['Europol']))).toBe('EXCHANGE_FOREIGN');
    expect(await refusal(zipSync({ 'readme.txt': strToU8('hello') }))).toBe('EXCHANGE_FOREIGN');
    expect(await refusal(rewritten((f) => Object.assign(f, { 'manifest.json': { format: 'other' } })))).toBe(
      'EXCHANGE_FOREIGN',
    );
  });

  it('refuses a truncated, altered or invalid file as damaged', async () => {
    expect(await refusal(good.subarray(0, Math.floor(good.length / 2)))).toBe('EXCHANGE_MALFORMED');
    expect(await refusal(good.subarray(0, good.length - 10))).toBe('EXCHANGE_MALFORMED');
    const altered = rewritten((f) => {
      firstOf<{ label: { nl: string } }>(f['nodes.json']).label.nl = 'Vervalst';
    }, false);
    expect(await refusal(altered)).toBe('EXCHANGE_MALFORMED');
    const invalid = rewritten((f) => {
      firstOf<{ kind: string }>(f['nodes.json']).kind = 'spaceship';
    });
    expect(await refusal(invalid)).toBe('EXCHANGE_MALFORMED');
    const misquoted = rewritten((f) => {
      firstOf<{ citation: { quote: string } }>(f['relations.json']).citation.quote = 'Iets wat er niet staat.';
    });
    expect(await refusal(misquoted)).toBe('EXCHANGE_MALFORMED');
    const misfit = rewritten((f) => {
      const nodes = f['nodes.json'] as { id: string }[];
      nodes.push({ ...firstOf<{ id: string }>(nodes), id: 'user-node-tweede' });
      Object.assign(firstOf<object>(f['relations.json']), { kind: 'party-to', target: 'user-node-tweede' });
    });
    expect(await refusal(misfit)).toBe('EXCHANGE_MALFORMED');
    const partless = rewritten((f) => {
      delete f['notes.json'];
    });
    expect(await refusal(partless)).toBe('EXCHANGE_MALFORMED');
  });

  it('refuses a file from a newer IPS Atlas', async () => {
    const newer = rewritten((f) => {
      Object.assign(f['manifest.json'] as object, { formatVersion: 2, somethingNew: true });
    });
    expect(await refusal(newer)).toBe('EXCHANGE_NEWER_VERSION');
  });

  it('refuses a file over the size limit before reading it, by the schema and by the bridge', async () => {
    const huge = new Uint8Array(MAX_EXCHANGE_BYTES + 3);
    huge.set(good.subarray(0, 4));
    const before = userTables(b);
    const error = await b.fail('exchange.apply', { fileName: 'x.ipsatlas', data: base64(huge) });
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    const http = await httpTransport(b.service.dispatch);
    try {
      const far = await http.call('exchange.apply', {
        fileName: 'x.ipsatlas',
        data: base64(new Uint8Array(MAX_EXCHANGE_BYTES + 100_000)),
      });
      expect(far.ok ? null : far.error.code).toBe('PAYLOAD_TOO_LARGE');
    } finally {
      await http.close();
    }
    expect(userTables(b)).toBe(before);
  });

  it('writes nothing when the storage fills up half-way through a merge', async () => {
    const big = laptop();
    await importLetter(big, `${LETTER}\n\n${'Samenwerking met Europol in de regio. '.repeat(8000)}`);
    const file = await big.call('exchange.export', {});
    big.service.close();
    const fresh = laptop();
    fresh.service.close();
    const before = userTables(fresh);
    const pages = onUserDb(fresh, (db) => db.pragma('page_count', { simple: true }) as number);
    // SQLITE_FULL injected with max_page_count: room for the first rows, not for 300 kB of text.
    const { dispatch, close } = dispatchOver(fresh.datasetPath, userDbFile(fresh), pages + 8);
    const envelope = await dispatch('exchange.apply', { fileName: file.fileName, data: file.data });
    close();
    expect(envelope.ok ? null : envelope.error.code).toBe('STORAGE_FULL');
    expect(userTables(fresh)).toBe(before);
  });

  it('refuses to merge into a user database opened read-only, and reads it all the same', async () => {
    const file = await a.call('exchange.export', {});
    const later = laptop();
    later.service.close();
    // Written by a newer IPS Atlas: opened read-only, every write refused with a typed code.
    onUserDb(later, (db) => db.pragma(`user_version = ${String(USER_SCHEMA_VERSION + 1)}`));
    const before = userTables(later);
    const reopened = openWorkbench(later.datasetPath, later.userDataDir);
    try {
      expect(
        (await reopened.call('exchange.inspect', { fileName: file.fileName, data: file.data })).added,
      ).toHaveLength(5);
      const error = await reopened.fail('exchange.apply', { fileName: file.fileName, data: file.data });
      expect(error.code).toBe('STORAGE_NEWER_VERSION');
    } finally {
      reopened.service.close();
    }
    expect(userTables(later)).toBe(before);
  });
});
