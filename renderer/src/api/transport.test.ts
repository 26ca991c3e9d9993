// The HTTP transport: the token goes with every call, and only a call that must outlive the page
// (the last view's save as the window closes) asks the browser for keepalive, within its size limit.
import { describe, expect, it } from 'vitest';
import { httpTransport } from './transport';

function recordingFetch(): { fetchImpl: typeof fetch; requests: RequestInit[] } {
  const requests: RequestInit[] = [];
  const fetchImpl = ((_url: string, init: RequestInit) => {
    requests.push(init);
    return Promise.resolve(new Response(JSON.stringify({ ok: true, value: null })));
  }) as unknown as typeof fetch;
  return { fetchImpl, requests };
}

describe('httpTransport', () => {
  it('sends ordinary calls without keepalive, with the token', async () => {
    const { fetchImpl, requests } = recordingFetch();
    await httpTransport('secret', fetchImpl)('graph.info', {});
    expect(requests[0]?.keepalive).toBe(false);
    expect((requests[0]?.headers as Record<string, string>)['x-ips-atlas-token']).toBe('secret');
  });

  it('asks for keepalive only for a small call that must outlive the page', async () => {
    const { fetchImpl, requests } = recordingFetch();
    const send = httpTransport('secret', fetchImpl);
    await send('view.saveLast', { state: {} }, { outlivesPage: true });
    await send('view.saveLast', { state: { nodeIds: ['x'.repeat(70_000)] } }, { outlivesPage: true });
    expect(requests.map((r) => r.keepalive)).toEqual([true, false]);
  });

  it('reads the error envelope of a non-200 answer, and names the status of one without an envelope', async () => {
    const envelope = { ok: false, error: { code: 'STORAGE_FULL', message: 'The disk is full' } };
    const answering = (body: string, status: number) =>
      (() => Promise.resolve(new Response(body, { status }))) as unknown as typeof fetch;
    expect(await httpTransport('secret', answering(JSON.stringify(envelope), 507))('view.save', {})).toEqual(envelope);
    const bare = await httpTransport('secret', answering('Bad Gateway', 502))('view.save', {});
    expect(bare).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(bare.ok ? '' : bare.error.message).toContain('502');
  });
});
