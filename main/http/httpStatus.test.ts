// Statuses a client can trust: malformed addresses answer 400 (not 500), and each contract error
// travels with its own HTTP status while the body stays the same `{ ok: false, error }` envelope.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, isErrorCode, type Envelope } from '../../shared/contract';
import type { Dispatch } from '../service/dispatch';
import { startHttpBridge, TOKEN_HEADER, type RunningBridge } from './httpBridge';

const token = 'status-token-0123456789';
/** Answers the error named by the method ("fail.NOT_FOUND"), or ok. */
const failing: Dispatch = (method) => {
  const code = method.replace(/^fail\./, '');
  return Promise.resolve(
    isErrorCode(code) ? { ok: false, error: { code, message: `failed with ${code}` } } : { ok: true, value: 1 },
  );
};

let bridge: RunningBridge;
beforeAll(async () => {
  const staticDir = join(mkdtempSync(join(tmpdir(), 'atlas-status-')), 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>IPS Atlas</title>');
  bridge = await startHttpBridge({ dispatch: failing, token, staticDir });
});
afterAll(() => bridge.close());

const call = (path: string) =>
  fetch(`${bridge.origin}${path}`, { method: 'POST', body: '{}', headers: { [TOKEN_HEADER]: token } });

describe('HTTP statuses', () => {
  it.each(['/api/%', '/api/%ff', '/api/view.%E0%A4%A'])(
    'answers 400 INVALID_INPUT to the API address %s',
    async (path) => {
      const res = await call(path);
      console.log(`tried POST ${path}: ${String(res.status)}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as Envelope<unknown> & { ok: false }).error.code).toBe('INVALID_INPUT');
    },
  );

  it.each(['/assets/%ff', '/%', '/assets/%E0%A4%A'])('answers 400 to the static address %s', async (path) => {
    const res = await fetch(`${bridge.origin}${path}`);
    console.log(`tried GET ${path}: ${String(res.status)}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('percent-encoding');
  });

  it('gives every contract error its own status, with the envelope unchanged', async () => {
    const expected: Record<string, number> = {
      INVALID_INPUT: 400,
      UNAUTHORIZED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      STORAGE_READ_ONLY: 409,
      STORAGE_LOCKED: 409,
      STORAGE_NEWER_VERSION: 409,
      PAYLOAD_TOO_LARGE: 413,
      INTERNAL: 500,
      UNAVAILABLE: 503,
      STORAGE_FULL: 507,
      DOCUMENT_ENCRYPTED: 422,
      DOCUMENT_NO_TEXT: 422,
      DOCUMENT_MALFORMED: 422,
      DOCUMENT_TOO_LARGE: 413,
      DOCUMENT_UNSUPPORTED: 415,
      EXCHANGE_FOREIGN: 415,
      EXCHANGE_MALFORMED: 422,
      EXCHANGE_NEWER_VERSION: 409,
    };
    expect(Object.keys(expected).sort()).toEqual([...ERROR_CODES].sort());
    for (const code of ERROR_CODES) {
      const res = await call(`/api/fail.${code}`);
      expect(res.status, code).toBe(expected[code]);
      expect(await res.json()).toEqual({ ok: false, error: { code, message: `failed with ${code}` } });
    }
    expect((await call('/api/anything')).status).toBe(200);
  });
});
