// Escaping for hand-written XML: text and attribute values, with characters XML 1.0 forbids dropped
// (a control character in a quote would make the whole file unreadable).
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// eslint-disable-next-line no-control-regex -- exactly the control characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(value: string | number | boolean): string {
  return String(value)
    .replace(FORBIDDEN, '')
    .replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
