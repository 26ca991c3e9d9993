// Passages for search: within one page, cut at blank lines and, when long, at a sentence end; each
// passage's text is exactly its range of the document.
import { describe, expect, it } from 'vitest';
import { joinPages } from './extracted';
import { pageOf, splitPassages } from './passages';

describe('splitPassages', () => {
  it('cuts at blank lines, never across a page, and each passage is its range of the text', () => {
    const { text, pages } = joinPages(['Kop\n\nEerste alinea\nloopt door.\n\n  \n', 'Tweede pagina.']);
    const passages = splitPassages(text, pages);
    expect(passages.map((p) => [p.page, p.text])).toEqual([
      [1, 'Kop'],
      [1, 'Eerste alinea\nloopt door.'],
      [2, 'Tweede pagina.'],
    ]);
    for (const p of passages) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('cuts a long paragraph at a sentence end past about 400 characters, and anything at 1,000', () => {
    const sentence = 'Europol en de politie werken samen aan de aanpak van georganiseerde criminaliteit. ';
    const { text, pages } = joinPages([sentence.repeat(20), 'x'.repeat(2500)]);
    const passages = splitPassages(text, pages);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(1000);
      expect(text.slice(p.start, p.end)).toBe(p.text);
    }
    const first = passages.filter((p) => p.page === 1);
    expect(first.length).toBeGreaterThan(2);
    expect(first.every((p) => p.text.endsWith('.'))).toBe(true);
    expect(passages.filter((p) => p.page === 2).map((p) => p.text.length)).toEqual([1000, 1000, 500]);
  });
});

describe('pageOf', () => {
  it('finds the page an offset falls on', () => {
    const { pages } = joinPages(['aaa', 'bb', '', 'c']);
    expect([0, 2, 3, 4, 5, 7, 8, 99].map((o) => pageOf(pages, o))).toEqual([1, 1, 1, 2, 2, 3, 4, 4]);
    expect(pageOf([], 5)).toBe(1);
  });
});
