// The one rule for text written into XML (SVG, GEXF, GraphML, DOCX): characters XML 1.0 cannot
// hold are dropped, because one of them in a label makes the whole file unreadable to every tool.

/**
 * What XML 1.0 forbids: C0 controls other than tab, line feed and carriage return, the
 * non-characters U+FFFE and U+FFFF, and surrogates that are not half of a pair (a lone half
 * cannot be encoded as UTF-8 at all).
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** The text with every character XML 1.0 cannot hold removed; everything else kept as is. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** For hand-written XML: a text node or an attribute value, stripped and escaped. */
export function xmlEscape(value: string | number | boolean): string {
  return xmlSafe(String(value)).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
