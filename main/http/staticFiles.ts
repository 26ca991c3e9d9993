// Serves the built renderer from one folder, with the same strict CSP the Electron window uses.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { decodePath } from './httpStatus';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * The build names every bundled file after its content (`assets/index-CgNUNlrE.js`), so such a file
 * never changes under its name: the browser may keep it, and a reload then reads the scripts from its
 * cache instead of over the bridge. index.html names the current files, so it is always asked for again.
 */
const CONTENT_HASHED = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

function cacheControlFor(pathname: string): string {
  return CONTENT_HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function serveStatic(root: string, pathname: string, req: IncomingMessage, res: ServerResponse): void {
  const decoded = decodePath(pathname);
  if (decoded === null) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Bad request: the address is not valid percent-encoding.');
    return;
  }
  const relative = pathname === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  if (!file.startsWith(normalize(root) + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`Not found: ${pathname}`);
    return;
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': cacheControlFor(pathname),
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}
