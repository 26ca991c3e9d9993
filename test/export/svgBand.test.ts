// The SVG picture carries the handling marking above and the caption below the drawing, parsed back
// strictly; the drawing itself is kept, moved down by the marking band.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { svgWithBands } from '../../renderer/src/export/formats/svgBand';

const DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="no"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="300" viewBox="0 0 400 300"><text>Europol</text></svg>';

describe('SVG marking and caption bands', () => {
  it('puts the marking on top and the caption below, and grows the picture by both bands', () => {
    const svg = svgWithBands(DRAWING, 'Departementaal vertrouwelijk', 'Bron: Kamerbrief <IPS> & visie');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root?.getAttribute('height')).toBe('356');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toEqual(['DEPARTEMENTAAL VERTROUWELIJK', 'Europol', 'Bron: Kamerbrief <IPS> & visie']);
    expect(doc.getElementsByTagName('g')[0]?.getAttribute('transform')).toBe('translate(0 28)');
  });

  it('leaves the picture untouched without marking or caption', () => {
    expect(svgWithBands(DRAWING, ' ', '')).toBe(DRAWING);
  });
});
