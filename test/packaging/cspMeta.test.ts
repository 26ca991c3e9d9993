// One Content-Security-Policy: the renderer's <meta> tag is generated from shared/security.ts by
// the build's own plugin, run here through vite's real HTML pipeline on the real index.html.
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { cspMetaTag } from '../../build/scripts/cspMeta';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../shared/security';

const INDEX = readFileSync('renderer/index.html', 'utf8');

async function transformed(html: string): Promise<string> {
  const server = await createServer({
    configFile: false,
    root: 'renderer',
    logLevel: 'silent',
    plugins: [cspMetaTag()],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  });
  try {
    return await server.transformIndexHtml('/index.html', html);
  } finally {
    await server.close();
  }
}

// The attribute as a browser reads it: vite writes the quotes of 'self' as &#39;.
const attributeValue = (raw: string): string =>
  raw
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

const cspMetas = (html: string): string[] =>
  [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)].map((m) =>
    attributeValue(m[1] ?? ''),
  );

describe('the renderer’s Content-Security-Policy', () => {
  it('is written into index.html from shared/security.ts, once, before any script', async () => {
    const html = await transformed(INDEX);
    expect(cspMetas(html)).toEqual([META_CONTENT_SECURITY_POLICY]);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('is the header policy less frame-ancestors, which a meta tag cannot carry', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(META_CONTENT_SECURITY_POLICY).not.toMatch(/frame-ancestors|unsafe-eval/);
  });

  it('refuses to build an index.html that carries a policy of its own', async () => {
    const own = INDEX.replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="default-src *">`);
    await expect(transformed(own)).rejects.toThrow(/shared\/security\.ts/);
  });
});
