// A vite plugin that writes the renderer's Content-Security-Policy <meta> tag from shared/security.ts,
// so the policy Electron enforces (file:// pages get no headers) is the one browser mode sends.
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from '../../shared/security';

export function cspMetaTag(): Plugin {
  return {
    name: 'ips-atlas-csp-meta',
    transformIndexHtml: (html) => {
      if (/http-equiv=["']?content-security-policy/i.test(html)) {
        throw new Error('index.html has its own Content-Security-Policy: the policy lives in shared/security.ts only.');
      }
      // First in <head>: a policy only governs what comes after it in the document.
      return {
        html,
        tags: [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
            injectTo: 'head-prepend',
          },
        ],
      };
    },
  };
}
