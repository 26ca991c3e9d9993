// The app's security policy in one place: the Content-Security-Policy of every window and page, and
// the one check every IPC handler makes on who is calling.

// The CSP: nothing leaves the machine, no eval. Cytoscape injects one <style> element, hence
// style-src 'unsafe-inline' (see PLATFORM.md).
const PAGE_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The policy as browser mode sends it, in a header: the only place frame-ancestors takes effect. */
export const CONTENT_SECURITY_POLICY = [...PAGE_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/**
 * The same policy as the renderer's <meta> tag carries it (generated into index.html at build, which
 * is what Electron loads from file://). Browsers ignore frame-ancestors in a meta tag, and warn.
 */
export const META_CONTENT_SECURITY_POLICY = PAGE_DIRECTIVES.join('; ');

// The IPC sender check: the call must come from our own renderer page. Written over a structural
// view of Electron's invoke event, so the wiring that uses it runs under Node in tests.

/** The part of an IPC invoke event the check reads. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

export type TrustedUrl = (url: string) => boolean;

/**
 * True for our renderer page, with or without a query or fragment; false for any other page, for
 * another file next to it and for a frame that is gone (`senderFrame` null after a navigation).
 */
export function isRendererPage(rendererUrl: string): TrustedUrl {
  return (url) => url.split(/[?#]/)[0] === rendererUrl;
}

export function isTrustedSender(event: InvokeEventLike, isTrustedUrl: TrustedUrl): boolean {
  const url = event.senderFrame?.url;
  return url !== undefined && isTrustedUrl(url);
}
