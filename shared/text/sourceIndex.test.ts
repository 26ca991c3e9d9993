// Quote and mention matching on the real letter: line breaks, hyphenation, footnote markers,
// footnote blocks in the middle of a paragraph.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { letterLayout } from './letterLayout';
import { normalise } from './normalisedText';
import { SourceIndex } from './sourceIndex';

const letter = readFileSync('data/sources/kamerbrief-visie-ips.txt', 'utf8');
const index = new SourceIndex(letter);

describe('normalise', () => {
  it('joins lines, repairs line-break hyphenation and keeps real hyphens', () => {
    expect(normalise('georgani-\nseerde criminaliteit')).toBe('georganiseerde criminaliteit');
    expect(normalise('ontwikkelin-\n\ngen met')).toBe('ontwikkelingen met');
    expect(normalise('Noord-\nAfrika')).toBe('Noord-Afrika');
    expect(normalise('ram- en plofkraken')).toBe('ram- en plofkraken');
    expect(normalise('informatie-\nuitwisseling en Politie-\nacademie')).toBe(
      'informatie-uitwisseling en Politieacademie',
    );
  });

  it('drops footnote markers glued to words but keeps real numbers', () => {
    expect(normalise('beleidskader Landenbeleid4 leidend')).toBe('beleidskader Landenbeleid leidend');
    expect(normalise('justitie uitvoert3.')).toBe('justitie uitvoert.');
    expect(normalise('art. 1 en 3 Politiewet in 2018')).toBe('art. 1 en 3 Politiewet in 2018');
  });
});

describe('letterLayout', () => {
  it('finds the nine footnotes of the letter, in order', () => {
    const { footnotes } = letterLayout(letter);
    expect(footnotes.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const first = footnotes[0];
    expect(first && letter.slice(first.start, first.end).trim()).toBe('Kamerstuk 29 628, nr. 825');
  });

  it('keeps a footnote that runs over two lines whole', () => {
    const third = letterLayout(letter).footnotes[2];
    expect(third && normalise(letter.slice(third.start, third.end))).toBe(
      'De politiële vreemdelingentaak is binnen de regionale eenheden belegd bij de Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel (AVIM)',
    );
  });
});

describe('SourceIndex.locate', () => {
  it('finds a quote across line breaks and hyphenation, mapping back to raw offsets', () => {
    const range = index.locate(
      'Er is nauwelijks meer sprake van georganiseerde criminaliteit die binnen de landsgrenzen blijft.',
    );
    expect(range).not.toBeNull();
    if (range === null) return;
    expect(letter.slice(range.start, range.end)).toBe(
      'Er is nauwelijks meer sprake van georgani-\nseerde criminaliteit die binnen de landsgrenzen blijft.',
    );
  });

  it('reads a paragraph across a page break with its footnote block cut out', () => {
    const range = index.locate(
      'de onderliggende strategische landenprogramma’s en werkprogramma’s is gebleken dat deze hun nut hebben gehad',
    );
    expect(range).not.toBeNull();
  });

  it('finds quotes inside footnotes, and ignores footnote markers in the quote', () => {
    expect(index.locate('Kamerstuk 29 628, nr. 799')).not.toBeNull();
    expect(index.locate('Sinds 2013 was het IPS beleidskader Landenbeleid leidend')).not.toBeNull();
  });

  it('finds a quote whose hyphenation differs from the PDF’s line breaks', () => {
    expect(index.locate('de verdere ontwikkeling van de onderliggende nieuwe systemen')).not.toBeNull();
    expect(index.locate('de toe-komstbestendigheid van de Prüm-besluiten')).not.toBeNull();
  });

  it('returns null for a sentence the letter does not contain', () => {
    expect(index.locate('Europol is gevestigd op de maan.')).toBeNull();
    expect(index.locate('   ')).toBeNull();
  });
});

describe('SourceIndex.occurrences', () => {
  it('finds whole-word mentions only, acronyms case-sensitively', () => {
    const europol = index.occurrences('Europol');
    expect(europol.length).toBeGreaterThan(5);
    for (const r of europol) expect(letter.slice(r.start, r.end)).toMatch(/^europol$/i);
    expect(index.occurrences('RST').every((r) => letter.slice(r.start, r.end) === 'RST')).toBe(true);
    const eu = index.occurrences('EU');
    expect(eu.length).toBeGreaterThan(10);
    for (const r of eu) expect(letter.slice(r.start, r.end + 1)).toMatch(/^EU[^\p{L}]/u);
  });
});
