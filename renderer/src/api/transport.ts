// How the renderer reaches the service: Electron's preload bridge when present, else the loopback
// HTTP bridge with the per-run token from the address `npm run serve` printed.
import type { Envelope, MethodName } from '../../../shared/contract';

/** How one call travels. `outlivesPage`: made as the window closes (the last view's final save), it must still arrive. */
export interface CallOptions {
  readonly outlivesPage?: boolean;
}

export type Transport = (method: MethodName, input: unknown, options?: CallOptions) => Promise<Envelope<unknown>>;

interface PreloadBridge {
  readonly api: Readonly<Record<MethodName, (input: unknown) => Promise<Envelope<unknown>>>>;
}

declare global {
  interface Window {
    readonly ipsAtlas?: PreloadBridge;
  }
}

const TOKEN_KEY = 'ips-atlas-token';
/** Chromium refuses keepalive requests whose in-flight bodies add up to more than 64 KiB. */
const KEEPALIVE_LIMIT = 60_000;

export function ipcTransport(bridge: PreloadBridge): Transport {
  return (method, input) => bridge.api[method](input);
}

export function httpTransport(token: string, fetchImpl: typeof fetch = fetch): Transport {
  return async (method, input, options) => {
    const body = JSON.stringify(input);
    const response = await fetchImpl(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ips-atlas-token': token },
      body,
      // Only a call that must outlive the page asks for keepalive: the browser allows it for small
      // bodies alone, and their sum over all calls in flight is capped, so ordinary calls never use it.
      keepalive: options?.outlivesPage === true && body.length < KEEPALIVE_LIMIT,
    });
    // Errors come with their HTTP status (400, 404, 409, 507…) and the same envelope: read the body
    // whatever the status, and name the status if something else answered without an envelope.
    const text = await response.text();
    try {
      return JSON.parse(text) as Envelope<unknown>;
    } catch {
      const message = `The service answered HTTP ${String(response.status)} without a readable reply.`;
      return { ok: false, error: { code: 'INTERNAL', message } };
    }
  };
}

/** Reads the token from the URL fragment once, keeps it for reloads, and takes it out of the address bar. */
export function sessionToken(): string | null {
  const fromHash = /(?:^#|&)token=([\w-]+)/.exec(window.location.hash)?.[1];
  if (fromHash !== undefined) {
    window.sessionStorage.setItem(TOKEN_KEY, fromHash);
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return window.sessionStorage.getItem(TOKEN_KEY);
}

export function pickTransport(): Transport {
  if (window.ipsAtlas !== undefined) return ipcTransport(window.ipsAtlas);
  const token = sessionToken();
  if (token === null) {
    return () =>
      Promise.resolve({
        ok: false,
        error: { code: 'UNAUTHORIZED', message: 'Open IPS Atlas through the address that "npm run serve" printed.' },
      });
  }
  return httpTransport(token);
}
