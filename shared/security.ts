// The Content-Security-Policy of every window and page: nothing leaves the machine, no eval.
// Cytoscape injects one <style> element, hence style-src 'unsafe-inline' (see PLATFORM.md).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
