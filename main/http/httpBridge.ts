// Browser mode's transport: the contract over HTTP on 127.0.0.1, plus the built renderer as static
// files. Loopback only, a per-run token on every API call, Origin and Host checked, bodies capped.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { MAX_DOCUMENT_BYTES, type Envelope, type ErrorCode } from '../../shared/contract';
import type { Dispatch } from '../service/dispatch';
import { decodePath, httpStatusFor } from './httpStatus';
import { serveStatic } from './staticFiles';

export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
/** document.import and the exchange's inspect/apply carry a whole file as base64: as large as the largest document, with room. */
export const MAX_IMPORT_BODY_BYTES = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + 64 * 1024;
export const TOKEN_HEADER = 'x-ips-atlas-token';
const IMPORT_PATHS = new Set(['/api/document.import', '/api/exchange.inspect', '/api/exchange.apply']);

export interface HttpBridgeOptions {
  readonly dispatch: Dispatch;
  readonly token: string;
  /** Folder of the built renderer; omitted, only the API is served. */
  readonly staticDir?: string;
  readonly maxBodyBytes?: number;
}

export interface RunningBridge {
  readonly server: Server;
  readonly port: number;
  readonly origin: string;
  close(): Promise<void>;
}

export async function startHttpBridge(options: HttpBridgeOptions, port = 0): Promise<RunningBridge> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address !== null ? address.port : port;
  const origin = `http://127.0.0.1:${String(boundPort)}`;
  server.on('request', (req, res) => {
    void handle(req, res, options, boundPort).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'The request could not be handled.');
    });
  });
  return {
    server,
    port: boundPort,
    origin,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: HttpBridgeOptions,
  port: number,
): Promise<void> {
  if (!isLoopbackHost(req.headers.host, port)) {
    sendError(res, 403, 'FORBIDDEN', 'Requests must address 127.0.0.1 or localhost.');
    return;
  }
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${String(port)}`);
  if (!url.pathname.startsWith('/api/')) {
    if (options.staticDir === undefined || (req.method !== 'GET' && req.method !== 'HEAD')) {
      sendError(res, 404, 'NOT_FOUND', `Nothing is served at ${url.pathname}.`);
      return;
    }
    serveStatic(options.staticDir, url.pathname, req, res);
    return;
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !isLoopbackHost(origin.replace(/^http:\/\//, ''), port)) {
    sendError(res, 403, 'FORBIDDEN', `Requests from origin ${origin} are not allowed.`);
    return;
  }
  if (!hasToken(req.headers[TOKEN_HEADER], options.token)) {
    sendError(
      res,
      401,
      'UNAUTHORIZED',
      'A valid session token is required (open the address printed by "npm run serve").',
    );
    return;
  }
  if (req.method !== 'POST') {
    sendError(res, 405, 'INVALID_INPUT', 'API calls must use POST.');
    return;
  }
  // A document, or an exchange file (exchange.inspect / exchange.apply), travels whole as base64.
  const isImport = IMPORT_PATHS.has(url.pathname);
  const limit = options.maxBodyBytes ?? (isImport ? MAX_IMPORT_BODY_BYTES : DEFAULT_MAX_BODY_BYTES);
  const body = await readBody(req, limit);
  if (body === 'too-large') {
    sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body exceeds ${String(limit)} bytes.`);
    return;
  }
  let input: unknown;
  try {
    input = body.text.length === 0 ? {} : (JSON.parse(body.text) as unknown);
  } catch {
    sendError(res, 400, 'INVALID_INPUT', 'The request body is not valid JSON.');
    return;
  }
  const method = decodePath(url.pathname.slice('/api/'.length));
  if (method === null) {
    sendError(res, 400, 'INVALID_INPUT', `The address ${url.pathname} is not valid percent-encoding.`);
    return;
  }
  const envelope = await options.dispatch(method, input);
  sendJson(res, httpStatusFor(envelope), envelope);
}

function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${String(port)}` || host === `localhost:${String(port)}`;
}

function hasToken(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

type Body = { readonly text: string } | 'too-large';

function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) {
    req.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve('too-large');
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
}

function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function sendJson(res: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}
