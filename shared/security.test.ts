// The one IPC sender check: our renderer page, and nothing that merely looks like it.
import { describe, expect, it } from 'vitest';
import { isRendererPage, isTrustedSender } from './security';

const PAGE = 'file:///opt/ips-atlas/resources/app.asar/out/renderer/index.html';
const isOurPage = isRendererPage(PAGE);
const from = (url: string | null) => ({ senderFrame: url === null ? null : { url } });

describe('IPC sender check', () => {
  it('trusts our renderer page, with or without a query or fragment', () => {
    for (const url of [PAGE, `${PAGE}?x=1`, `${PAGE}#main-panel-canvas`]) {
      expect(isTrustedSender(from(url), isOurPage)).toBe(true);
    }
  });

  it.each([
    ['another web page', 'https://evil.example/'],
    ['another file beside it', 'file:///opt/ips-atlas/resources/app.asar/out/renderer/other.html'],
    ['a name that starts like ours', `${PAGE}.evil.html`],
    ['the same path on another scheme', PAGE.replace('file://', 'https://example')],
    ['about:blank', 'about:blank'],
    ['an empty URL', ''],
  ])('refuses %s', (_what, url) => {
    expect(isTrustedSender(from(url), isOurPage)).toBe(false);
  });

  it('refuses a frame that is gone', () => {
    expect(isTrustedSender(from(null), isOurPage)).toBe(false);
  });
});
