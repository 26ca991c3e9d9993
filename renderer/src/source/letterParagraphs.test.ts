// The source viewer's reading text, built from the real letter.
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../shared/contract';
import { SourceIndex } from '../../../shared/text/sourceIndex';
import { letterParagraphs, type Paragraph } from './letterParagraphs';
import letter from '../../../data/sources/kamerbrief-visie-ips.txt?raw';

const textOf = (p: Paragraph): string => p.segments.map((s) => s.text).join('');

describe('letterParagraphs', () => {
  const view = letterParagraphs(letter, [], null);

  it('repairs line-break hyphenation and joins lines into paragraphs', () => {
    const p = view.paragraphs.find((x) =>
      textOf(x).startsWith('Internationale politiesamenwerking is een absolute noodzaak'),
    );
    expect(p && textOf(p)).toContain(
      'Er is nauwelijks meer sprake van georganiseerde criminaliteit die binnen de landsgrenzen blijft.',
    );
    expect(view.paragraphs.some((x) => textOf(x).includes('informatie-uitwisseling'))).toBe(true);
  });

  it('reads a paragraph across a page break without the footnotes in it', () => {
    const p = view.paragraphs.find((x) => textOf(x).startsWith('Sinds 2013 was het IPS beleidskader'));
    expect(p && textOf(p)).toContain('werkprogramma’s is gebleken dat deze hun nut hebben gehad');
    expect(p && textOf(p)).not.toContain('Kamerstuk');
  });

  it('turns footnote markers into references and lists the footnotes', () => {
    const refs = view.paragraphs.flatMap((p) => p.segments.filter((s) => s.footnote !== null).map((s) => s.footnote));
    expect(refs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(view.footnotes.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(view.footnotes[0]?.segments.map((s) => s.text).join('')).toBe('Kamerstuk 29 628, nr. 825');
  });

  it('marks headings and list items', () => {
    expect(view.paragraphs.find((p) => textOf(p) === 'Buurlanden')?.isHeading).toBe(true);
    expect(view.paragraphs.filter((p) => p.isListItem).length).toBeGreaterThan(10);
  });

  it('puts each mention and the cited passage on exactly their raw characters', () => {
    const index = new SourceIndex(letter);
    const mentions: Mention[] = index
      .occurrences('Europol')
      .map((r) => ({ nodeId: 'europol', kind: 'international-body', ...r }));
    const focus = index.locate('Het RST is een samenwerkingsverband van Aruba, Curaçao, Sint Maarten en Nederland');
    const marked = letterParagraphs(letter, mentions, focus);
    const segments = marked.paragraphs.flatMap((p) => p.segments);
    const mentioned = segments.filter((s) => s.mention !== null);
    expect(mentioned.length).toBe(mentions.length);
    for (const s of mentioned) expect(s.text).toBe('Europol');
    expect(
      segments
        .filter((s) => s.focused)
        .map((s) => s.text)
        .join(''),
    ).toBe('Het RST is een samenwerkingsverband van Aruba, Curaçao, Sint Maarten en Nederland');
  });
});
