// A picture carries its context wherever it is pasted: the PNG's frame (marking band on top, legend
// and caption band below) is drawn on a real canvas (@napi-rs/canvas), encoded as PNG and decoded
// back (pngjs), and its pixels are checked; the SVG's frame is parsed back and its legend texts found.
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import { DOMParser } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { EDITORIAL_LINE, STATUS_LINE } from '../../renderer/src/canvas/graphStyle';
import { captionLines } from '../../renderer/src/export/formats/pictureCaption';
import {
  captionSlot,
  drawBelow,
  drawMarking,
  frameLayout,
  legendSlot,
  PICTURE_EDGE_COLOUR,
  PICTURE_STATUS_LINE,
  type FrameContent,
  type FrameContext,
} from '../../renderer/src/export/formats/pictureFrame';
import { EDITORIAL_PDF_LINE } from '../../renderer/src/export/formats/pdfLegend';
import { svgWithFrame } from '../../renderer/src/export/formats/svgFrame';
import { NODE_KIND_INFO, STATUSES } from '../../shared/ontology';
import { INFO } from './exportFixtures';

GlobalFonts.registerFromPath(
  'node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'Noto Sans',
);
GlobalFonts.registerFromPath('node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf', 'Noto Sans');

const DRAWING = { width: 800, height: 500 };

const caption = captionLines({
  language: 'nl',
  title: 'Samenwerking met Duitsland',
  date: '3 december 2026',
  sources: INFO.sources,
  datasetVersion: INFO.datasetVersion,
  asOfYear: 2018,
});

const FULL: FrameContent = {
  language: 'nl',
  marking: 'Departementaal vertrouwelijk',
  legend: { kinds: ['state', 'treaty'], statuses: ['in-force', 'planned', 'ambition'], editorial: true },
  caption,
};

/** Draws the frame as the picture painter does (drawing first, then the bands) and reads the PNG back. */
function paintAndDecode(content: FrameContent, scale: number): { png: PNG; layout: ReturnType<typeof frameLayout> } {
  const drawing = { width: DRAWING.width * scale, height: DRAWING.height * scale };
  const layout = frameLayout(drawing, content, scale);
  const canvas = createCanvas(layout.width, layout.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.width, layout.height);
  context.fillStyle = '#cccccc'; // the drawing's stand-in: a known grey
  context.fillRect(0, layout.drawingY, drawing.width, drawing.height);
  const ctx = context as unknown as FrameContext;
  drawMarking(ctx, layout, content);
  drawBelow(ctx, layout, content, layout.belowY);
  return { png: PNG.sync.read(canvas.toBuffer('image/png')), layout };
}

const pixel = (png: PNG, x: number, y: number): string => {
  const i = (png.width * Math.round(y) + Math.round(x)) * 4;
  return `#${[0, 1, 2].map((c) => (png.data[i + c] ?? 0).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
};

/** How many dark (text) pixels the rows from y0 to y1 hold. */
function darkPixels(png: PNG, y0: number, y1: number): number {
  let count = 0;
  for (let y = Math.floor(y0); y < Math.ceil(y1); y += 1)
    for (let x = 0; x < png.width; x += 1) {
      const i = (png.width * y + x) * 4;
      if ((png.data[i] ?? 255) < 90 && (png.data[i + 1] ?? 255) < 90 && (png.data[i + 2] ?? 255) < 90) count += 1;
    }
  return count;
}

describe('the PNG frame: marking band, legend and caption band', () => {
  it('grows the picture by the bands and keeps the drawing whole between them', () => {
    const { png, layout } = paintAndDecode(FULL, 1);
    expect(png.width).toBe(DRAWING.width);
    expect(png.height).toBeGreaterThan(DRAWING.height + 28);
    expect(layout.drawingY).toBe(28);
    expect(pixel(png, 400, layout.drawingY + 1)).toBe('#CCCCCC');
    expect(pixel(png, 400, layout.belowY - 1)).toBe('#CCCCCC');
  });

  it('writes the marking in the top band, and the legend and caption below the drawing', () => {
    const { png, layout } = paintAndDecode(FULL, 1);
    expect(darkPixels(png, 0, layout.markingHeight)).toBeGreaterThan(100);
    // Each kind's shape in its ontology colour, at its slot's centre.
    for (const [i, kind] of (['state', 'treaty'] as const).entries()) {
      const slot = legendSlot(layout, i);
      expect(pixel(png, slot.cx, layout.belowY + slot.cy), kind).toBe(NODE_KIND_INFO[kind].colour.toUpperCase());
    }
    const captionTop = layout.belowY + captionSlot(layout, 0).top;
    expect(darkPixels(png, layout.belowY, captionTop)).toBeGreaterThan(100); // legend labels
    expect(darkPixels(png, captionTop + 2, layout.height)).toBeGreaterThan(300); // title, source, year
  });

  it('draws the frame to the picture scale, so text stays readable at 4×', () => {
    const one = paintAndDecode(FULL, 1);
    const four = paintAndDecode(FULL, 4);
    expect(four.layout.markingHeight).toBe(4 * one.layout.markingHeight);
    expect(four.png.height - 4 * DRAWING.height).toBeGreaterThan(3 * (one.png.height - DRAWING.height));
  });

  it('adds nothing without marking, legend or caption', () => {
    const layout = frameLayout(DRAWING, { language: 'en', marking: ' ', legend: null, caption: null }, 2);
    expect(layout.height).toBe(DRAWING.height);
    expect(layout.drawingY).toBe(0);
  });

  it('draws each status line as the canvas does', () => {
    for (const status of STATUSES) {
      const canvas = STATUS_LINE[status];
      const expected = canvas.style === 'dotted' ? [1.5, 3] : [...(canvas.dash ?? [])];
      expect(PICTURE_STATUS_LINE[status], status).toEqual({ dash: expected, opacity: canvas.opacity });
    }
    expect(EDITORIAL_PDF_LINE.colour).toBe(EDITORIAL_LINE.colour);
    expect(PICTURE_EDGE_COLOUR).toBe('#767676');
  });
});

describe('the caption line', () => {
  it('names the title, the date, the letter, the dataset version and the year shown', () => {
    expect(caption.title).toBe('Samenwerking met Duitsland');
    const [source, year] = caption.lines;
    expect(source).toContain('3 december 2026');
    expect(source).toContain(INFO.sources[0]?.title.nl ?? 'missing source');
    expect(source).toContain(INFO.datasetVersion);
    expect(year).toBe('Stand in 2018');
  });
});

describe('the SVG frame', () => {
  const SVG =
    '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500" viewBox="0 0 800 500"><text>Europol</text></svg>';

  it('carries the legend entries, the caption band and the marking as text, parsed back', () => {
    const svg = svgWithFrame(SVG, { ...FULL, language: 'en' }, 'Own caption & more');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    expect(Number(root?.getAttribute('height'))).toBeGreaterThan(528);
    const entries = Array.from(doc.getElementsByTagName('g'))
      .filter((g) => g.getAttribute('class') === 'legend-entry')
      .map((g) => g.getElementsByTagName('text')[0]?.textContent);
    expect(entries).toEqual([
      'State',
      'Treaty, charter or agreement',
      'In force / existing',
      'Planned',
      'Ambition',
      expect.stringMatching(/editorial/i),
    ]);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    expect(texts[0]).toBe('DEPARTEMENTAAL VERTROUWELIJK');
    expect(texts).toContain('Europol');
    expect(texts).toContain('Samenwerking met Duitsland');
    expect(texts).toContain('Own caption & more');
    expect(texts.some((t) => t.includes(INFO.datasetVersion))).toBe(true);
    // A legend entry's shape and its dotted line are there to see, not only named.
    expect(doc.getElementsByTagName('path').length).toBeGreaterThanOrEqual(2);
    expect(svg).toContain('stroke-dasharray="1.5 3"');
  });

  it('keeps the plain marking and caption bands without legend and caption band', () => {
    const svg = svgWithFrame(SVG, { ...FULL, legend: null, caption: null }, 'Bron');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.documentElement?.getAttribute('height')).toBe('556');
  });
});
