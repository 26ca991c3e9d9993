// The HTTP bridge's own guarantees: loopback, token, Origin, size cap, static files, no traversal.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../service/dispatch';
import { startHttpBridge, TOKEN_HEADER, type RunningBridge } from './httpBridge';

const token = 'test-token-0123456789';
const calls: { method: string; input: unknown }[] = [];
const echo: Dispatch = (method, input) => {
  calls.push({ method, input });
  return Promise.resolve({ ok: true, value: { method, input } });
};

let bridge: RunningBridge;
beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-static-'));
  const staticDir = join(root, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>IPS Atlas</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(staticDir, 'assets', 'index-CgNUNlrE.js'), 'console.log(2)');
  writeFileSync(join(root, 'secret.txt'), 'outside');
  bridge = await startHttpBridge({ dispatch: echo, token, staticDir, maxBodyBytes: 1024 });
});
afterAll(() => bridge.close());

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${bridge.origin}${path}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('HTTP bridge', () => {
  it('listens on 127.0.0.1 only', () => {
    const address = bridge.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('carries a call with the token to dispatch', async () => {
    const res = await post('/api/node.get', '{"id":"europol"}', { [TOKEN_HEADER]: token });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, value: { method: 'node.get', input: { id: 'europol' } } });
  });

  it('answers 401 without the token, or with a wrong one, and dispatches nothing', async () => {
    const before = calls.length;
    const missing = await post('/api/view.save', '{}');
    const wrong = await post('/api/view.save', '{}', { [TOKEN_HEADER]: 'nope' });
    expect([missing.status, wrong.status]).toEqual([401, 401]);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');
    expect(calls.length).toBe(before);
  });

  it('answers 403 to a foreign Origin even with the token', async () => {
    const res = await post('/api/node.get', '{"id":"x"}', { [TOKEN_HEADER]: token, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
  });

  it('accepts its own origin', async () => {
    const res = await post('/api/graph.info', '{}', { [TOKEN_HEADER]: token, origin: bridge.origin });
    expect(res.status).toBe(200);
  });

  it('answers 413 to a body over the limit and dispatches nothing', async () => {
    const before = calls.length;
    const res = await post('/api/view.save', JSON.stringify({ name: 'x', state: 'y'.repeat(5000) }), {
      [TOKEN_HEADER]: token,
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(calls.length).toBe(before);
  });

  it('answers 400 INVALID_INPUT to a body that is not JSON', async () => {
    const res = await post('/api/node.get', '{not json', { [TOKEN_HEADER]: token });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('INVALID_INPUT');
  });

  it('serves the renderer with a strict CSP, and nothing outside its folder', async () => {
    const index = await fetch(`${bridge.origin}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await index.text()).toContain('IPS Atlas');
    expect((await fetch(`${bridge.origin}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${bridge.origin}/..%2Fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${bridge.origin}/assets/..%2F..%2Fsecret.txt`)).status).toBe(404);
  });

  it('lets the browser keep content-named build files, and asks again for everything else', async () => {
    const hashed = await fetch(`${bridge.origin}/assets/index-CgNUNlrE.js`);
    expect(hashed.status).toBe(200);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${bridge.origin}/`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${bridge.origin}/assets/app.js`)).headers.get('cache-control')).toBe('no-cache');
  });
});
