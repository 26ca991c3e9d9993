// The one rule for showing data text (labels, descriptions, notes) next to other text: a piece
// that could reorder its neighbours becomes a bidi isolate, so a right-to-left override inside a
// label ("exe.png" written backwards) cannot carry the words around it along, and an Arabic or
// Hebrew name keeps its own direction. In markup the same rule is `<bdi>` / `unicode-bidi: isolate`.

/** FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: the plain-text form of `<bdi>`. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** Bidi controls: LRM, RLM, ALM, the embeddings and overrides LRE…RLO, the isolates LRI…PDI. */
const BIDI_CONTROL = '\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069';
/** Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, their presentation forms). */
const RTL_LETTER = '\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}';
const NEEDS_ISOLATION = new RegExp(`[${BIDI_CONTROL}${RTL_LETTER}]`, 'u');
const BIDI_CONTROLS = new RegExp(`[${BIDI_CONTROL}]`, 'gu');

/**
 * The text as one bidi isolate, for places without markup: canvas labels, Markdown, Word. Text
 * with neither a bidi control nor a right-to-left letter cannot reorder anything (in a Dutch or
 * English document), so it is returned as is and exports of ordinary data stay byte-identical.
 */
export function isolate(text: string): string {
  return NEEDS_ISOLATION.test(text) ? `${FSI}${text}${PDI}` : text;
}

/**
 * Every bidi control removed, for writers with no bidi algorithm of their own (the PDF): there
 * the controls would only show as empty boxes, and cannot reorder anything anyway.
 */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
