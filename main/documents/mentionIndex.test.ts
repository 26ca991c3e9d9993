// Mention finding on tricky text: hyphenated line breaks, diacritics, case, overlapping names,
// word boundaries, acronyms, and offsets that point at exactly the words in the original.
import { describe, expect, it } from 'vitest';
import { MentionIndex, type NamedNode } from './mentionIndex';

const nodes: NamedNode[] = [
  { id: 'europol', names: ['Europol', 'Europol', 'European Union Agency for Law Enforcement Cooperation'] },
  { id: 'ec3', names: ['Europol Cybercrime Centrum', 'European Cybercrime Centre', 'EC3'] },
  { id: 'kmar', names: ['Koninklijke Marechaussee', 'Royal Netherlands Marechaussee', 'KMar'] },
  { id: 'om', names: ['Openbaar Ministerie', 'Public Prosecution Service', 'OM'] },
  { id: 'pruem', names: ['Prüm-besluiten', 'Prüm Decisions'] },
  { id: 'info-exchange', names: ['informatie-uitwisseling', 'information exchange'] },
  { id: 'belgie', names: ['België', 'Belgium'] },
];
const index = new MentionIndex(nodes);

function found(text: string): { id: string; text: string }[] {
  return index.find(text).map((m) => ({ id: m.nodeId, text: text.slice(m.start, m.end) }));
}

describe('MentionIndex', () => {
  it('finds a name broken by a hyphen at a line break, its range covering both halves', () => {
    expect(found('Samenwerking met Euro-\npol en de Koninklijke\nMarechaussee.')).toEqual([
      { id: 'europol', text: 'Euro-\npol' },
      { id: 'kmar', text: 'Koninklijke\nMarechaussee' },
    ]);
    expect(found('de Koninklijke Mare-\n   chaussee')).toEqual([
      { id: 'kmar', text: 'Koninklijke Mare-\n   chaussee' },
    ]);
  });

  it('joins across a page break and keeps a compound’s hyphenated name found either way', () => {
    expect(found('via Euro-\fpol')).toEqual([{ id: 'europol', text: 'Euro-\fpol' }]);
    expect(found('meer informatie-\nuitwisseling en informatie-uitwisseling')).toEqual([
      { id: 'info-exchange', text: 'informatie-\nuitwisseling' },
      { id: 'info-exchange', text: 'informatie-uitwisseling' },
    ]);
    expect(found('de Europol-\nsamenwerking')).toEqual([{ id: 'europol', text: 'Europol' }]);
    expect(found('Euro\u00ad\npol en Mare\u00adchaussee bij de Koninklijke')).toEqual([
      { id: 'europol', text: 'Euro\u00ad\npol' },
    ]);
    expect(found('de Koninklijke Mare\u00adchaussee')).toEqual([
      { id: 'kmar', text: 'Koninklijke Mare\u00adchaussee' },
    ]);
  });

  it('is blind to diacritics and case, in the text and in the names', () => {
    expect(found('BELGIE, belgië en Belgie; de Prum-besluiten en de PRÜM DECISIONS')).toEqual([
      { id: 'belgie', text: 'BELGIE' },
      { id: 'belgie', text: 'belgië' },
      { id: 'belgie', text: 'Belgie' },
      { id: 'pruem', text: 'Prum-besluiten' },
      { id: 'pruem', text: 'PRÜM DECISIONS' },
    ]);
  });

  it('lets the longest name win where names overlap', () => {
    expect(found('Het Europol Cybercrime Centrum (EC3) van Europol.')).toEqual([
      { id: 'ec3', text: 'Europol Cybercrime Centrum' },
      { id: 'ec3', text: 'EC3' },
      { id: 'europol', text: 'Europol' },
    ]);
  });

  it('respects word boundaries', () => {
    expect(found('Europolitie, SuperEuropol, Europol2 en xEuropol')).toEqual([]);
    expect(found('(Europol)')).toEqual([{ id: 'europol', text: 'Europol' }]);
  });

  it('matches an acronym only in capitals, so a common word is no mention', () => {
    expect(found('Om 10 uur belde het OM, om de kmar en de KMar te spreken.')).toEqual([
      { id: 'om', text: 'OM' },
      { id: 'kmar', text: 'kmar' },
      { id: 'kmar', text: 'KMar' },
    ]);
  });

  it('finds nothing in text without names and keeps a deterministic owner for a shared name', () => {
    expect(found('')).toEqual([]);
    expect(found('— 123 —')).toEqual([]);
    const shared = new MentionIndex([
      { id: 'b-node', names: ['Raad', 'Council'] },
      { id: 'a-node', names: ['Raad van de EU', 'Council of the EU', 'Raad'] },
    ]);
    expect(shared.find('de Raad').map((m) => m.nodeId)).toEqual(['b-node']);
  });
});
