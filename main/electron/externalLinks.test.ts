// The openExternal allowlist: what a window may hand to the user's browser, and everything it may not.
import { describe, expect, it } from 'vitest';
import { allowedExternalUrl, EXTERNAL_LINK_HOSTS } from './externalLinks';

describe('links that may open in the user’s browser', () => {
  it.each([
    'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2023Z00001',
    'https://zoek.officielebekendmakingen.nl/kst-29911-400.html',
    'https://wetten.overheid.nl/BWBV0001234/2020-01-01',
    'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32008D0615',
  ])('opens %s', (url) => {
    expect(allowedExternalUrl(url)).toBe(url);
  });

  it('normalises what it opens, so the browser gets what was checked', () => {
    expect(allowedExternalUrl('HTTPS://WWW.TWEEDEKAMER.NL/a b')).toBe('https://www.tweedekamer.nl/a%20b');
  });

  const refused: readonly [string, string][] = [
    ['plain http', 'http://www.tweedekamer.nl/'],
    ['another host', 'https://evil.example/'],
    ['a look-alike ending in an allowed name', 'https://www.tweedekamer.nl.evil.example/'],
    ['a subdomain of an allowed host', 'https://x.www.tweedekamer.nl/'],
    ['an allowed name with a trailing dot', 'https://www.tweedekamer.nl./'],
    ['credentials before the host', 'https://www.tweedekamer.nl@evil.example/'],
    ['a user on an allowed host', 'https://user:pw@www.tweedekamer.nl/'],
    ['another port', 'https://www.tweedekamer.nl:8443/'],
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['a scheme that starts a program', 'ms-msdt:/id PCWDiagnostic'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['the app’s own page', 'file:///opt/ips-atlas/resources/app.asar/out/renderer/index.html'],
    ['not a URL', 'www.tweedekamer.nl'],
    ['an empty string', ''],
  ];
  it.each(refused)('refuses %s', (_what, url) => {
    expect(allowedExternalUrl(url)).toBeNull();
  });

  it('names hosts exactly, in lower case, without scheme or path', () => {
    for (const host of EXTERNAL_LINK_HOSTS) expect(host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });
});
