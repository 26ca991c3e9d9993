// A picture's frame keeps its text in place and its size inside the browser's limits: a legend label too
// long for its 240-pixel column ends in an ellipsis in the PNG (drawn on a real canvas, @napi-rs/canvas,
// measured there) and in the SVG (parsed back), and a frame added to a drawing already at the
// 16,384-pixel side lowers the scale so the framed picture fits, or is refused when it cannot.
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { ellipsize, estimateTextWidth } from '../../renderer/src/export/formats/fitText';
import {
  drawBelow,
  frameLayout,
  legendSlot,
  legendTextRoom,
  type FrameContent,
} from '../../renderer/src/export/formats/pictureFrame';
import { framedPictureSize, MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE } from '../../renderer/src/export/formats/pictureSize';
import { svgWithFrame } from '../../renderer/src/export/formats/svgFrame';
import { NODE_KIND_INFO } from '../../shared/ontology';

GlobalFonts.registerFromPath(
  'node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'Noto Sans',
);

// 'Internationaal agentschap, instelling of centrum' is far wider than a column at 13 px.
const LONG: FrameContent = {
  language: 'nl',
  marking: '',
  legend: { kinds: ['state', 'international-body', 'treaty'], statuses: ['in-force'] },
  caption: null,
};
const LONG_LABEL = NODE_KIND_INFO['international-body'].label.nl;

describe('legend labels in a picture', () => {
  it('end in an ellipsis within their column in the PNG, and short ones are left whole', () => {
    for (const scale of [1, 2]) {
      const layout = frameLayout({ width: 480 * scale, height: 100 * scale }, LONG, scale);
      const canvas = createCanvas(layout.width, layout.height);
      const context = canvas.getContext('2d');
      const written: { text: string; x: number; width: number }[] = [];
      const fillText = context.fillText.bind(context);
      context.fillText = (text: string, x: number, y: number) => {
        written.push({ text, x, width: context.measureText(text).width });
        fillText(text, x, y);
      };
      drawBelow(context, layout, LONG, layout.belowY);
      expect(written.map((w) => w.text)).toEqual([
        NODE_KIND_INFO.state.label.nl,
        expect.stringMatching(/^Internationaal .*…$/),
        expect.stringMatching(/^Verdrag, .*…$/),
        'Van kracht / bestaand',
      ]);
      written.forEach((w, i) => {
        expect(w.width, w.text).toBeLessThanOrEqual(legendTextRoom(layout, legendSlot(layout, i)) + 0.5);
        // Nothing runs past its column into the next entry's swatch.
        expect(w.x + w.width, w.text).toBeLessThan(((i % layout.columns) + 1) * (layout.width / layout.columns));
      });
    }
  });

  it('end in an ellipsis within their column in the SVG', () => {
    const svg = svgWithFrame(
      '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="100" viewBox="0 0 480 100"></svg>',
      LONG,
      '',
    );
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text'));
    const long = texts.find((t) => (t.textContent ?? '').startsWith('Internationaal'));
    if (long === undefined) throw new Error('the long label is missing');
    const shown = long.textContent ?? '';
    expect(shown).toMatch(/…$/);
    expect(shown.length).toBeLessThan(LONG_LABEL.length);
    const x = Number(long.getAttribute('x'));
    expect(x + estimateTextWidth(shown, 13)).toBeLessThan(
      480 / 2 + x - (x % 240) + 240 - 240 + 1e-9 + 240 / 2 + 240 / 2,
    );
    expect(texts.map((t) => t.textContent)).toContain(NODE_KIND_INFO.state.label.nl);
  });

  it('cuts at the last character that fits with its ellipsis', () => {
    const measure = (text: string): number => text.length * 10;
    expect(ellipsize('abcdef', 60, measure)).toBe('abcdef');
    expect(ellipsize('abcdefgh', 60, measure)).toBe('abcde…');
    expect(ellipsize('abc def', 50, measure)).toBe('abc…');
    expect(ellipsize('abcdef', 5, measure)).toBe('…');
  });
});

describe('a framed picture at the canvas limit', () => {
  const frame = (drawing: { width: number; height: number; scale: number }): number =>
    frameLayout(drawing, { ...LONG, marking: 'Departementaal vertrouwelijk' }, drawing.scale).height - drawing.height;

  it('lowers the scale so the drawing and its frame together fit the 16,384-pixel side', () => {
    // A tall network: at 4× its drawing alone is already cut to the side limit.
    const size = framedPictureSize({ width: 600, height: 4096 }, 4, frame);
    if (size === null) throw new Error('no size');
    expect(size.reduced).toBe(true);
    expect(size.height + frame(size)).toBeLessThanOrEqual(MAX_PICTURE_SIDE);
    expect(size.width * (size.height + frame(size))).toBeLessThanOrEqual(MAX_PICTURE_PIXELS);
    expect(size.scale).toBeGreaterThan(3.8);
  });

  it('leaves a picture well inside the limits as asked', () => {
    expect(framedPictureSize({ width: 1000, height: 700 }, 2, frame)).toEqual({
      width: 2000,
      height: 1400,
      scale: 2,
      reduced: false,
    });
  });

  it('refuses (null, worded as "choose a smaller scale") when the frame alone cannot fit', () => {
    expect(framedPictureSize({ width: 1000, height: 700 }, 2, () => MAX_PICTURE_SIDE + 1)).toBeNull();
  });
});
