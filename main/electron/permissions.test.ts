// The permission policy both Electron hooks answer from: everything denied, except a clipboard
// write from our own renderer page.
import { describe, expect, it } from 'vitest';
import { isRendererPage } from '../../shared/security';
import { isPermissionGranted } from './permissions';

const OUR_PAGE = 'file:///opt/ips-atlas/resources/app.asar/out/renderer/index.html';
const isOurPage = isRendererPage(OUR_PAGE);

describe('web permissions', () => {
  it('lets our page write to the clipboard, for "copy for a memo"', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', OUR_PAGE, isOurPage)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', `${OUR_PAGE}#main`, isOurPage)).toBe(true);
  });

  it('refuses the clipboard write to any other page, and when the page is not known', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://evil.example/', isOurPage)).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', 'file:///tmp/other.html', isOurPage)).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', undefined, isOurPage)).toBe(false);
  });

  it.each([
    'clipboard-read',
    'deprecated-sync-clipboard-read',
    'notifications',
    'media',
    'geolocation',
    'display-capture',
    'fullscreen',
    'openExternal',
    'hid',
    'serial',
    'usb',
    'fileSystem',
    'local-fonts',
    'persistent-storage',
    'unknown',
  ])('denies %s, even to our own page', (permission) => {
    expect(isPermissionGranted(permission, OUR_PAGE, isOurPage)).toBe(false);
  });
});
