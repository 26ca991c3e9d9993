// The web permissions a page may have, for both of Electron's hooks (the permission request and the
// permission check): none, with one exception. Our own renderer page may write plain text and
// pictures to the clipboard ('clipboard-sanitized-write', which Chromium grants any page by default):
// "copy for a memo" uses it, and refusing it would break that silently. Reading the clipboard,
// notifications, media, geolocation, devices, fullscreen, openExternal and the rest are denied.
import type { TrustedUrl } from '../../shared/security';

const GRANTED_TO_OUR_PAGE: readonly string[] = ['clipboard-sanitized-write'];

export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  isOurPage: TrustedUrl,
): boolean {
  return GRANTED_TO_OUR_PAGE.includes(permission) && requestingUrl !== undefined && isOurPage(requestingUrl);
}
